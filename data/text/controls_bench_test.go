package text

import (
	"strings"
	"testing"
)

// The cleaner runs over every article body and every string of a JSON file read back, so
// the common cases are measured: prose with nothing to replace, in ASCII and in other
// scripts, and hostile text where much is replaced.
var visibleInputs = []struct{ name, s string }{
	{"ascii", strings.Repeat("Russian Defense Minister Sergei Shoigu told President Vladimir Putin that four warships carried out 26 missile strikes, “Russia's TASS” reported.\n", 40)},
	{"cyrillic", strings.Repeat("Министр обороны Сергей Шойгу доложил президенту, что четыре корабля нанесли 26 ракетных ударов.\n", 40)},
	{"cjk", strings.Repeat("俄罗斯国防部长谢尔盖·绍伊古向总统报告说，四艘军舰进行了26次导弹打击。「塔斯社」报道。\n", 40)},
	{"hostile", strings.Repeat("Headline \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m \u202egnp.exe\u202c \u009b2J tab\there.\n", 40)},
}

func BenchmarkVisibleControls(b *testing.B) {
	for _, in := range visibleInputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			for b.Loop() {
				VisibleControls(in.s)
			}
		})
	}
}
