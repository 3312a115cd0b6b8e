package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
	"time"
)

type Step int

const (
	Visit Step = iota
	ViewProduct
	AddToCart
	Checkout
	Purchase
)

func (s Step) String() string {
	return [...]string{"visit", "view_product", "add_to_cart", "checkout", "purchase"}[s]
}

var stepByName = map[string]Step{
	"visit": Visit, "view_product": ViewProduct, "add_to_cart": AddToCart,
	"checkout": Checkout, "purchase": Purchase,
}

type hit struct {
	user string
	step Step
	at   time.Time
}

const log = `09:00:00 u1 visit
09:00:20 u1 view_product
09:00:25 u2 visit
09:01:00 u1 add_to_cart
09:01:30 u3 visit
09:02:00 u2 view_product
09:02:10 u3 add_to_cart
09:03:00 u1 checkout
09:03:05 u4 visit
09:04:00 u2 add_to_cart
09:04:30 u4 view_product
09:05:00 u1 purchase
09:06:00 u2 checkout
09:06:30 u5 visit
09:07:00 u5 view_product
09:09:00 u2 purchase
09:10:00 u6 visit
09:10:30 u4 add_to_cart
09:11:00 u6 wishlist`

func main() {
	day := time.Date(2024, 11, 29, 0, 0, 0, 0, time.UTC)
	var hits []hit
	sc := bufio.NewScanner(strings.NewReader(log))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		t, err := time.Parse(time.TimeOnly, f[0])
		if err != nil {
			continue
		}
		st, ok := stepByName[f[2]]
		if !ok {
			fmt.Printf("ignoring unknown step %q for %s\n", f[2], f[1])
			continue
		}
		at := day.Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute + time.Duration(t.Second())*time.Second)
		hits = append(hits, hit{f[1], st, at})
	}

	// Per-user strict funnel: a step counts only if all previous steps occurred before it.
	type progress struct {
		reached Step
		times   [Purchase + 1]time.Time
	}
	users := map[string]*progress{}
	for _, h := range hits {
		p := users[h.user]
		if p == nil {
			p = &progress{reached: -1}
			users[h.user] = p
		}
		if h.step == p.reached+1 {
			p.reached = h.step
			p.times[h.step] = h.at
		}
	}

	counts := make([]int, Purchase+1)
	var durations []time.Duration
	for _, p := range users {
		for s := Visit; s <= p.reached; s++ {
			counts[s]++
		}
		if p.reached == Purchase {
			durations = append(durations, p.times[Purchase].Sub(p.times[Visit]))
		}
	}

	fmt.Printf("\nFunnel for %s (%d users)\n", day.Format("Mon Jan 2"), len(users))
	for s := Visit; s <= Purchase; s++ {
		conv := 100.0
		if s > 0 {
			conv = 100 * float64(counts[s]) / float64(counts[s-1])
		}
		overall := 100 * float64(counts[s]) / float64(counts[Visit])
		bar := strings.Repeat("▓", counts[s]*6)
		fmt.Printf("  %-13v %-36s %d  step %5.1f%%  overall %5.1f%%\n", s, bar, counts[s], conv, overall)
	}

	slices.Sort(durations)
	fmt.Println("\ntime to purchase:", durations)

	stuck := map[Step][]string{}
	for u, p := range users {
		if p.reached < Purchase {
			stuck[p.reached] = append(stuck[p.reached], u)
		}
	}
	fmt.Println("drop-off points:")
	for s := Visit; s < Purchase; s++ {
		if us := stuck[s]; len(us) > 0 {
			slices.Sort(us)
			fmt.Printf("  after %-13v %v\n", s, us)
		}
	}
}
