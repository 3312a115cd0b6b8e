// q22: channel pipeline (parse -> validate -> enrich -> sink) with every stage closing its output.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type RawEvent struct {
	Line int
	Text string
}

type Event struct {
	Line   int
	User   string
	Action string
	Amount int
	Tier   string
}

type Rejected struct {
	Line   int
	Reason string
}

func source(lines []string) <-chan RawEvent {
	out := make(chan RawEvent)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- RawEvent{i + 1, l}
		}
	}()
	return out
}

func parse(in <-chan RawEvent, rej chan<- Rejected) <-chan Event {
	out := make(chan Event)
	go func() {
		defer close(out)
		for r := range in {
			f := strings.Split(r.Text, ",")
			if len(f) != 3 {
				rej <- Rejected{r.Line, "wrong field count"}
				continue
			}
			amt, err := strconv.Atoi(strings.TrimSpace(f[2]))
			if err != nil {
				rej <- Rejected{r.Line, "bad amount"}
				continue
			}
			out <- Event{Line: r.Line, User: strings.TrimSpace(f[0]), Action: strings.TrimSpace(f[1]), Amount: amt}
		}
	}()
	return out
}

func validate(in <-chan Event, rej chan<- Rejected) <-chan Event {
	out := make(chan Event)
	allowed := map[string]bool{"deposit": true, "withdraw": true}
	go func() {
		defer close(out)
		for e := range in {
			switch {
			case !allowed[e.Action]:
				rej <- Rejected{e.Line, "unknown action " + e.Action}
			case e.Amount <= 0:
				rej <- Rejected{e.Line, "non-positive amount"}
			default:
				out <- e
			}
		}
	}()
	return out
}

func enrich(in <-chan Event) <-chan Event {
	out := make(chan Event)
	go func() {
		defer close(out)
		for e := range in {
			switch {
			case e.Amount >= 1000:
				e.Tier = "large"
			case e.Amount >= 100:
				e.Tier = "medium"
			default:
				e.Tier = "small"
			}
			out <- e
		}
	}()
	return out
}

func main() {
	lines := []string{
		"alice, deposit, 500", "bob, withdraw, 40", "carol, deposit, abc", "dave, refund, 10",
		"alice, withdraw, 1200", "erin,deposit,0", "bob, deposit, 2500", "malformed line",
		"frank, deposit, 99", "carol, withdraw, 150",
	}
	rejected := make(chan Rejected)
	var rejects []Rejected
	collected := make(chan struct{})
	go func() {
		defer close(collected)
		for r := range rejected {
			rejects = append(rejects, r)
		}
	}()

	balances := map[string]int{}
	var order []string
	// Single-goroutine stages keep order: output order equals input order.
	for e := range enrich(validate(parse(source(lines), rejected), rejected)) {
		if _, seen := balances[e.User]; !seen {
			order = append(order, e.User)
		}
		if e.Action == "withdraw" {
			balances[e.User] -= e.Amount
		} else {
			balances[e.User] += e.Amount
		}
		fmt.Printf("line %2d %-6s %-8s %5d tier=%s\n", e.Line, e.User, e.Action, e.Amount, e.Tier)
	}
	close(rejected) // all stages have exited once the final stage's channel is drained
	<-collected
	for _, r := range rejects {
		fmt.Printf("rejected line %2d: %s\n", r.Line, r.Reason)
	}
	fmt.Println("balances (first-seen order):")
	for _, u := range order {
		fmt.Printf("  %-6s %6d\n", u, balances[u])
	}
}
