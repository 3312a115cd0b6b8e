// Sessionization of clickstream events with a 30-minute inactivity timeout.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

type UserID int64

func (u UserID) String() string { return fmt.Sprintf("user#%d", int64(u)) }

type Event struct {
	User UserID
	At   time.Time
	Page string
}

type Session struct {
	User  UserID
	Start time.Time
	End   time.Time
	Pages []string
}

func (s Session) Duration() time.Duration { return s.End.Sub(s.Start) }

const timeout = 30 * time.Minute

func sessionize(events []Event) []Session {
	evs := slices.Clone(events)
	slices.SortFunc(evs, func(a, b Event) int {
		return cmp.Or(cmp.Compare(a.User, b.User), a.At.Compare(b.At))
	})
	var out []Session
	for _, e := range evs {
		n := len(out)
		if n > 0 && out[n-1].User == e.User && e.At.Sub(out[n-1].End) <= timeout {
			out[n-1].End = e.At
			out[n-1].Pages = append(out[n-1].Pages, e.Page)
			continue
		}
		out = append(out, Session{e.User, e.At, e.At, []string{e.Page}})
	}
	return out
}

func main() {
	base := time.Date(2024, time.June, 10, 8, 0, 0, 0, time.UTC)
	pages := []string{"home", "search", "product", "cart", "checkout", "help"}
	var events []Event
	// Deterministic gaps in minutes for 4 users (shuffled-ish order in input).
	gaps := map[UserID][]int{
		101: {0, 2, 5, 1, 45, 3, 3, 90, 1},
		102: {10, 29, 31, 1, 1},
		103: {5, 1, 1, 1, 1, 1, 1},
		104: {200, 15, 15, 15, 40},
	}
	for _, u := range []UserID{103, 101, 104, 102} {
		t := base
		for i, g := range gaps[u] {
			t = t.Add(time.Duration(g) * time.Minute)
			events = append(events, Event{u, t, pages[(int(u)+i)%len(pages)]})
		}
	}
	sessions := sessionize(events)
	fmt.Printf("events=%d sessions=%d timeout=%v\n\n", len(events), len(sessions), timeout)
	for i, s := range sessions {
		fmt.Printf("%2d %-9v %s-%s %8v %d pages: %s\n", i+1, s.User, s.Start.Format("15:04"), s.End.Format("15:04"),
			s.Duration(), len(s.Pages), strings.Join(s.Pages, ">"))
	}

	// Per-user summary.
	type agg struct {
		Sessions int
		Total    time.Duration
		Pages    int
	}
	per := map[UserID]*agg{}
	for _, s := range sessions {
		a := per[s.User]
		if a == nil {
			a = &agg{}
			per[s.User] = a
		}
		a.Sessions++
		a.Total += s.Duration()
		a.Pages += len(s.Pages)
	}
	users := make([]UserID, 0, len(per))
	for u := range per {
		users = append(users, u)
	}
	slices.Sort(users)
	fmt.Println("\nuser       sessions  total_time  avg_time  pages/session")
	for _, u := range users {
		a := per[u]
		avg := a.Total / time.Duration(a.Sessions)
		fmt.Printf("%-9v  %8d  %10v  %8v  %13.2f\n", u, a.Sessions, a.Total, avg.Round(time.Second), float64(a.Pages)/float64(a.Sessions))
	}

	// Bounce rate and exit pages.
	bounces := 0
	exits := map[string]int{}
	for _, s := range sessions {
		if len(s.Pages) == 1 {
			bounces++
		}
		exits[s.Pages[len(s.Pages)-1]]++
	}
	fmt.Printf("\nbounce rate: %.1f%%\n", 100*float64(bounces)/float64(len(sessions)))
	ek := make([]string, 0, len(exits))
	for k := range exits {
		ek = append(ek, k)
	}
	slices.SortFunc(ek, func(a, b string) int { return cmp.Or(cmp.Compare(exits[b], exits[a]), cmp.Compare(a, b)) })
	for _, k := range ek {
		fmt.Printf("  exit %-8s %d\n", k, exits[k])
	}
}
