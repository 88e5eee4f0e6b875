package text

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestSqueezeIsJoinFields(t *testing.T) {
	cases := []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\nb", "a \n b", "\u00a0a\u2009b\u3000",
		"“quoted” words, here.", "tab\there", "\xffbad\xfe utf8 \xff", "x\u0085y", "\u200bzero width"}
	alphabet := []string{"a", "b", " ", "  ", "\n", "\t", "\u00a0", "é", "\xff", "\u2028", ".", "words ", "a b c d "}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := Squeeze(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("Squeeze(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestSqueezeKeepsSqueezedText(t *testing.T) {
	s := "Russian warships launched missiles into Syria"
	if got := testing.AllocsPerRun(10, func() { Squeeze(s) }); got != 0 {
		t.Fatalf("Squeeze allocated %v times on squeezed text", got)
	}
}
