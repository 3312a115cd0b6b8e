// Timesheet report: parse clock-in/out pairs and print tabwriter tables with Duration math.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

const layout = "2006-01-02 15:04"

const punches = `alice 2024-04-01 08:58 2024-04-01 17:05
bob   2024-04-01 09:30 2024-04-01 18:45
carol 2024-04-01 22:00 2024-04-02 06:30
alice 2024-04-02 09:02 2024-04-02 12:00
alice 2024-04-02 12:45 2024-04-02 17:31
bob   2024-04-02 09:15 2024-04-02 19:40
carol 2024-04-02 22:05 2024-04-03 07:10
dave  2024-04-03 10:00 2024-04-03 09:00
bob   2024-04-03 08:00 2024-04-03 12:10
alice 2024-04-03 08:30 2024-04-03 16:45
`

type Shift struct {
	Who     string
	In, Out time.Time
}

func (s Shift) Length() time.Duration { return s.Out.Sub(s.In) }

type Sheet struct {
	Name      string
	Shifts    []Shift
	Total     time.Duration
	Overtime  time.Duration
	NightTime time.Duration
}

const dailyLimit = 8 * time.Hour

// nightOverlap counts minutes between 22:00 and 06:00.
func nightOverlap(s Shift) time.Duration {
	var d time.Duration
	for t := s.In; t.Before(s.Out); t = t.Add(time.Minute) {
		if h := t.Hour(); h >= 22 || h < 6 {
			d += time.Minute
		}
	}
	return d
}

func fmtDur(d time.Duration) string {
	d = d.Round(time.Minute)
	return fmt.Sprintf("%d:%02d", int(d.Hours()), int(d.Minutes())%60)
}

func main() {
	sheets := map[string]*Sheet{}
	perDay := map[string]map[string]time.Duration{}
	sc := bufio.NewScanner(strings.NewReader(punches))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		in, err1 := time.Parse(layout, f[1]+" "+f[2])
		out, err2 := time.Parse(layout, f[3]+" "+f[4])
		if err1 != nil || err2 != nil {
			fmt.Println("bad line:", sc.Text())
			continue
		}
		s := Shift{f[0], in, out}
		if s.Length() <= 0 {
			fmt.Printf("rejected %s shift on %s: out before in (%v)\n", s.Who, in.Format("Jan 2"), s.Length())
			continue
		}
		sh := sheets[s.Who]
		if sh == nil {
			sh = &Sheet{Name: s.Who}
			sheets[s.Who] = sh
		}
		sh.Shifts = append(sh.Shifts, s)
		sh.Total += s.Length()
		sh.NightTime += nightOverlap(s)
		day := in.Format("2006-01-02")
		if perDay[s.Who] == nil {
			perDay[s.Who] = map[string]time.Duration{}
		}
		perDay[s.Who][day] += s.Length()
	}
	names := make([]string, 0, len(sheets))
	for n, sh := range sheets {
		names = append(names, n)
		for _, d := range perDay[n] {
			if d > dailyLimit {
				sh.Overtime += d - dailyLimit
			}
		}
	}
	sort.Strings(names)

	days := []string{"2024-04-01", "2024-04-02", "2024-04-03"}
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', 0)
	fmt.Println()
	fmt.Fprint(tw, "name\t")
	for _, d := range days {
		t, _ := time.Parse("2006-01-02", d)
		fmt.Fprintf(tw, "%s\t", t.Format("Mon 02"))
	}
	fmt.Fprintln(tw, "total\tovertime\tnight\tshifts")
	for _, n := range names {
		sh := sheets[n]
		fmt.Fprintf(tw, "%s\t", n)
		for _, d := range days {
			if v, ok := perDay[n][d]; ok {
				fmt.Fprintf(tw, "%s\t", fmtDur(v))
			} else {
				fmt.Fprint(tw, "-\t")
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\n", fmtDur(sh.Total), fmtDur(sh.Overtime), fmtDur(sh.NightTime), len(sh.Shifts))
	}
	tw.Flush()

	fmt.Println("\nShift details:")
	tw = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', tabwriter.Debug)
	for _, n := range names {
		for _, s := range sheets[n].Shifts {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%v\t\n", s.Who, s.In.Format("Mon 15:04"), s.Out.Format("Mon 15:04"), s.Length())
		}
	}
	tw.Flush()

	var all time.Duration
	for _, sh := range sheets {
		all += sh.Total
	}
	avg := all / time.Duration(len(names))
	fmt.Printf("\nteam total %v, average per person %v, truncated to hour %v\n", all, avg, avg.Truncate(time.Hour))
}
