package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

type Click struct {
	User string
	At   time.Time
	Page string
}

type Session struct {
	User  string
	Start time.Time
	End   time.Time
	Pages []string
}

func (s Session) Duration() time.Duration { return s.End.Sub(s.Start) }

const timeout = 30 * time.Minute

func main() {
	base := time.Date(2024, 10, 7, 8, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return base.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	clicks := []Click{
		{"u1", at(0, 0), "/home"}, {"u1", at(0, 3), "/search"}, {"u1", at(0, 9), "/item/42"},
		{"u2", at(0, 5), "/home"}, {"u1", at(0, 50), "/home"}, {"u1", at(0, 58), "/cart"},
		{"u2", at(0, 20), "/pricing"}, {"u2", at(1, 40), "/home"}, {"u3", at(2, 0), "/blog"},
		{"u1", at(1, 10), "/checkout"}, {"u2", at(1, 45), "/signup"}, {"u3", at(2, 29), "/home"},
		{"u3", at(3, 15), "/blog"}, {"u2", at(1, 46), "/welcome"},
	}
	slices.SortFunc(clicks, func(a, b Click) int {
		return cmp.Or(cmp.Compare(a.User, b.User), a.At.Compare(b.At))
	})

	var sessions []Session
	for _, c := range clicks {
		n := len(sessions)
		if n > 0 && sessions[n-1].User == c.User && c.At.Sub(sessions[n-1].End) <= timeout {
			s := &sessions[n-1]
			s.End = c.At
			s.Pages = append(s.Pages, c.Page)
			continue
		}
		sessions = append(sessions, Session{c.User, c.At, c.At, []string{c.Page}})
	}

	fmt.Printf("%-4s %-5s %-5s %9s %s\n", "user", "start", "end", "duration", "path")
	for _, s := range sessions {
		fmt.Printf("%-4s %s %s %9v %s\n", s.User, s.Start.Format("15:04"), s.End.Format("15:04"), s.Duration(), strings.Join(s.Pages, " > "))
	}

	durs := make([]time.Duration, len(sessions))
	var total time.Duration
	bounces := 0
	for i, s := range sessions {
		durs[i] = s.Duration()
		total += s.Duration()
		if len(s.Pages) == 1 {
			bounces++
		}
	}
	slices.Sort(durs)
	median := durs[len(durs)/2]
	if len(durs)%2 == 0 {
		median = (durs[len(durs)/2-1] + durs[len(durs)/2]) / 2
	}
	fmt.Printf("sessions=%d avg=%v median=%v max=%v bounce=%.1f%%\n",
		len(sessions), total/time.Duration(len(sessions)), median, durs[len(durs)-1], 100*float64(bounces)/float64(len(sessions)))

	perUser := map[string][]Session{}
	for _, s := range sessions {
		perUser[s.User] = append(perUser[s.User], s)
	}
	users := make([]string, 0, len(perUser))
	for u := range perUser {
		users = append(users, u)
	}
	slices.Sort(users)
	for _, u := range users {
		ss := perUser[u]
		var gaps []string
		for i := 1; i < len(ss); i++ {
			gaps = append(gaps, ss[i].Start.Sub(ss[i-1].End).String())
		}
		fmt.Printf("%s: %d sessions, gaps between: %v\n", u, len(ss), gaps)
	}

	// entry and exit pages
	entry, exit := map[string]int{}, map[string]int{}
	for _, s := range sessions {
		entry[s.Pages[0]]++
		exit[s.Pages[len(s.Pages)-1]]++
	}
	fmt.Println("entry pages:", entry)
	fmt.Println("exit pages: ", exit)
	converted := slices.IndexFunc(sessions, func(s Session) bool { return slices.Contains(s.Pages, "/checkout") })
	fmt.Printf("first converting session: #%d %+v\n", converted, sessions[converted].Pages)
}
