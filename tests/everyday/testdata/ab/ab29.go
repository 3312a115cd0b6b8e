package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Click struct {
	User string
	At   time.Time
	Page string
}

type Session struct {
	User       string
	ID         int
	Start, End time.Time
	Pages      []string
}

func (s Session) Duration() time.Duration { return s.End.Sub(s.Start) }

const gap = 30 * time.Minute

var day = time.Date(2024, 10, 7, 0, 0, 0, 0, time.UTC)

func hm(h, m int) time.Time {
	return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
}

var clicks = []Click{
	{"kai", hm(8, 1), "/"}, {"kai", hm(8, 4), "/news"}, {"kai", hm(8, 20), "/news/42"},
	{"mia", hm(8, 15), "/"}, {"kai", hm(9, 5), "/"}, {"mia", hm(8, 16), "/shop"},
	{"kai", hm(9, 12), "/shop"}, {"mia", hm(8, 40), "/shop/cart"}, {"mia", hm(11, 2), "/"},
	{"leo", hm(10, 0), "/docs"}, {"leo", hm(10, 25), "/docs/api"}, {"leo", hm(10, 54), "/docs/faq"},
	{"leo", hm(11, 30), "/"}, {"kai", hm(13, 45), "/news"}, {"mia", hm(11, 10), "/shop"},
	{"mia", hm(11, 11), "/shop/cart"}, {"mia", hm(11, 13), "/checkout"}, {"leo", hm(11, 31), "/pricing"},
	{"kai", hm(13, 46), "/news/43"}, {"zoe", hm(12, 0), "/pricing"}, {"leo", hm(15, 10), "/docs"},
}

// Sessionize: sort by (user, time), start a new session when gap to previous click exceeds 30 min.
// Equivalent to (df.groupby("user").ts.diff() > gap).cumsum().
func Sessionize(cs []Click) []Session {
	sorted := append([]Click(nil), cs...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].User != sorted[j].User {
			return sorted[i].User < sorted[j].User
		}
		return sorted[i].At.Before(sorted[j].At)
	})
	var out []Session
	for i, c := range sorted {
		newSess := i == 0 || c.User != sorted[i-1].User || c.At.Sub(sorted[i-1].At) > gap
		if newSess {
			id := 1
			if len(out) > 0 && out[len(out)-1].User == c.User {
				id = out[len(out)-1].ID + 1
			}
			out = append(out, Session{User: c.User, ID: id, Start: c.At, End: c.At})
		}
		s := &out[len(out)-1]
		s.End = c.At
		s.Pages = append(s.Pages, c.Page)
	}
	return out
}

func main() {
	sessions := Sessionize(clicks)
	fmt.Printf("%d clicks -> %d sessions (gap=%v)\n\n", len(clicks), len(sessions), gap)
	for _, s := range sessions {
		fmt.Printf("%-4s #%d %s-%s %6v %d pages: %s\n", s.User, s.ID, s.Start.Format("15:04"), s.End.Format("15:04"),
			s.Duration(), len(s.Pages), strings.Join(s.Pages, " > "))
	}

	type userAgg struct {
		n     int
		total time.Duration
		pages int
	}
	per := map[string]*userAgg{}
	var users []string
	for _, s := range sessions {
		if per[s.User] == nil {
			per[s.User] = &userAgg{}
			users = append(users, s.User)
		}
		a := per[s.User]
		a.n++
		a.total += s.Duration()
		a.pages += len(s.Pages)
	}
	fmt.Println("\nper user:")
	for _, u := range users {
		a := per[u]
		fmt.Printf("  %-4s sessions=%d avg_len=%v pages/session=%.2f\n", u, a.n, a.total/time.Duration(a.n),
			float64(a.pages)/float64(a.n))
	}

	bounces := 0
	landing := map[string]int{}
	for _, s := range sessions {
		if len(s.Pages) == 1 {
			bounces++
		}
		landing[s.Pages[0]]++
	}
	fmt.Printf("\nbounce rate: %d/%d = %.1f%%\n", bounces, len(sessions), 100*float64(bounces)/float64(len(sessions)))
	pages := make([]string, 0, len(landing))
	for p := range landing {
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool {
		if landing[pages[i]] != landing[pages[j]] {
			return landing[pages[i]] > landing[pages[j]]
		}
		return pages[i] < pages[j]
	})
	fmt.Println("landing pages:")
	for _, p := range pages {
		fmt.Printf("  %-9s %d\n", p, landing[p])
	}
}
