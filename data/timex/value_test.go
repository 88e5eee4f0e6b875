package timex

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"storyline/model"
)

// valueByFmt is value as it was written with fmt, the reference for the byte-built one.
func valueByFmt(x date) string {
	y := "XXXX"
	if x.y != 0 {
		y = fmt.Sprintf("%04d", x.y)
	}
	two := func(n int) string {
		if n == 0 {
			return "XX"
		}
		return fmt.Sprintf("%02d", n)
	}
	switch x.g {
	case model.GranCentury:
		if x.y == 0 {
			return "XX"
		}
		return fmt.Sprintf("%02d", x.y/100)
	case model.GranDecade:
		if x.y == 0 {
			return "XXX"
		}
		return fmt.Sprintf("%03d", x.y/10)
	case model.GranYear:
		if x.fy {
			return "FY" + y
		}
		return y
	case model.GranQuarter:
		if x.q == 0 {
			return y + "-H" + strconv.Itoa(x.half)
		}
		if x.fy {
			return "FY" + y + "-Q" + strconv.Itoa(x.q)
		}
		return y + "-Q" + strconv.Itoa(x.q)
	case model.GranSeason:
		return y + "-" + x.season
	case model.GranMonth:
		return y + "-" + two(x.m)
	case model.GranWeek:
		v := y + "-W" + two(x.week)
		if x.weekend {
			v += "-WE"
		}
		return v
	case model.GranTime:
		day := y + "-" + two(x.m) + "-" + two(x.d)
		if x.part != "" {
			return day + "T" + x.part
		}
		if x.sec {
			return day + fmt.Sprintf("T%02d:%02d:%02d", x.hh, x.mm, x.ss)
		}
		return day + fmt.Sprintf("T%02d:%02d", x.hh, x.mm)
	}
	return y + "-" + two(x.m) + "-" + two(x.d)
}

func TestValueMatchesFmt(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 99, 100, 999, 1000, 2015, 99999, -1, -9, -10, -999, -1000, math.MaxInt, math.MinInt} {
		for width := 1; width <= 5; width++ {
			if got, want := string(appendPadded(nil, n, width)), fmt.Sprintf("%0"+strconv.Itoa(width)+"d", n); got != want {
				t.Fatalf("appendPadded(%d, %d) = %q, want %q", n, width, got, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(9, 10))
	grans := []model.Granularity{model.GranCentury, model.GranDecade, model.GranYear, model.GranQuarter,
		model.GranSeason, model.GranMonth, model.GranWeek, model.GranDay, model.GranTime, model.GranNone}
	pick := func(vs ...int) int { return vs[r.IntN(len(vs))] }
	for range 100000 {
		x := date{y: pick(0, 2015, 1999, 987, 12345, -44, 7), m: pick(0, 1, 9, 12), d: pick(0, 1, 7, 31),
			q: pick(0, 1, 4), half: pick(0, 1, 2), week: pick(0, 1, 41, 53), hh: pick(0, 8, 23), mm: pick(0, 5, 30),
			season: []string{"", "SP", "WI"}[r.IntN(3)], part: []string{"", "MO", "NI"}[r.IntN(3)],
			g: grans[r.IntN(len(grans))], weekend: r.IntN(2) == 0, fy: r.IntN(2) == 0, ss: pick(0, 9, 59), sec: r.IntN(2) == 0}
		if got, want := x.value(), valueByFmt(x); got != want {
			t.Fatalf("%+v: value %q, want %q", x, got, want)
		}
	}
}
