package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type Entry struct {
	Day     string
	Project string
	Span    string // "HH:MM-HH:MM"
	Note    string
}

func (e Entry) Duration() (time.Duration, error) {
	a, b, ok := strings.Cut(e.Span, "-")
	if !ok {
		return 0, fmt.Errorf("bad span %q", e.Span)
	}
	start, err := time.Parse("15:04", a)
	if err != nil {
		return 0, err
	}
	end, err := time.Parse("15:04", b)
	if err != nil {
		return 0, err
	}
	if !end.After(start) {
		return 0, fmt.Errorf("span %q ends before it starts", e.Span)
	}
	return end.Sub(start), nil
}

func hm(d time.Duration) string {
	return fmt.Sprintf("%d:%02d", int(d.Hours()), int(d.Minutes())%60)
}

type Rates map[string]float64

func (r Rates) Bill(project string, d time.Duration) float64 { return r[project] * d.Hours() }

func main() {
	entries := []Entry{
		{"Mon 03", "ACME-web", "09:00-12:15", "sprint planning, tickets"},
		{"Mon 03", "internal", "13:00-14:00", "1:1s"},
		{"Mon 03", "ACME-web", "14:00-17:40", "checkout bug"},
		{"Tue 04", "Globex-api", "08:30-12:00", "rate limiter"},
		{"Tue 04", "Globex-api", "12:45-16:05", ""},
		{"Wed 05", "ACME-web", "09:10-11:55", "code review"},
		{"Wed 05", "ACME-web", "11:00-10:00", "typo"},
		{"Wed 05", "internal", "12:00-13:30", "hiring panel"},
		{"Thu 06", "Globex-api", "09:00-17:00", "load test"},
	}
	rates := Rates{"ACME-web": 95, "Globex-api": 110}

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "DAY\tPROJECT\tSPAN\tHOURS\tNOTE\t")
	perDay := map[string]time.Duration{}
	perProject := map[string]time.Duration{}
	var days []string
	var problems []string
	for i, e := range entries {
		d, err := e.Duration()
		if err != nil {
			problems = append(problems, fmt.Sprintf("entry %d: %v", i+1, err))
			continue
		}
		if _, seen := perDay[e.Day]; !seen {
			days = append(days, e.Day)
		}
		perDay[e.Day] += d
		perProject[e.Project] += d
		note := e.Note
		if note == "" {
			note = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", e.Day, e.Project, e.Span, hm(d), note)
	}
	tw.Flush()

	fmt.Println()
	fmt.Println("Daily totals:")
	var week time.Duration
	for _, d := range days {
		flag := ""
		if perDay[d] > 8*time.Hour {
			flag = " (overtime)"
		}
		fmt.Printf("  %s  %6s  %v%s\n", d, hm(perDay[d]), perDay[d], flag)
		week += perDay[d]
	}
	fmt.Printf("  week    %6s\n", hm(week))

	fmt.Println()
	fmt.Println("Billing:")
	projects := make([]string, 0, len(perProject))
	for p := range perProject {
		projects = append(projects, p)
	}
	sort.Strings(projects)
	tw = tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	var total float64
	for _, p := range projects {
		amt := rates.Bill(p, perProject[p])
		total += amt
		fmt.Fprintf(tw, "  %s\t%s h\t@ %.0f\t%.2f\t\n", p, hm(perProject[p]), rates[p], amt)
	}
	fmt.Fprintf(tw, "  total\t\t\t%.2f\t\n", total)
	tw.Flush()
	for _, p := range problems {
		fmt.Println("WARNING:", p)
	}
}
