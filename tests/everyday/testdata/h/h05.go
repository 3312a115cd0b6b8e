// h05: JSON Lines event stream dispatched on a "type" field using json.RawMessage.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

const events = `{"type":"signup","ts":1714550000,"data":{"user":"alice","plan":"pro"}}
{"type":"purchase","ts":1714550060,"data":{"user":"alice","items":[{"sku":"A1","qty":2,"price":9.5},{"sku":"B7","qty":1,"price":30}]}}
{"type":"signup","ts":1714550120,"data":{"user":"bob","plan":"free"}}
{"type":"pageview","ts":1714550130,"data":{"user":"bob","url":"/pricing"}}
{"type":"purchase","ts":1714550200,"data":{"user":"bob","items":[{"sku":"A1","qty":1,"price":9.5}]}}
{"type":"purchase","ts":1714550260,"data":{"user":"carol","items":[]}}
{"type":"refund","ts":1714550300,"data":{"user":"alice","sku":"B7","amount":30}}
{not valid json}
{"type":"pageview","ts":1714550400,"data":{"user":"alice","url":"/account"}}`

type envelope struct {
	Type string          `json:"type"`
	TS   int64           `json:"ts"`
	Data json.RawMessage `json:"data"`
}

type signup struct {
	User string `json:"user"`
	Plan string `json:"plan"`
}

type purchase struct {
	User  string `json:"user"`
	Items []struct {
		SKU   string  `json:"sku"`
		Qty   int     `json:"qty"`
		Price float64 `json:"price"`
	} `json:"items"`
}

type refund struct {
	User   string  `json:"user"`
	SKU    string  `json:"sku"`
	Amount float64 `json:"amount"`
}

type ledger struct {
	plans   map[string]string
	spend   map[string]float64
	skus    map[string]int
	unknown map[string]int
}

func (l *ledger) apply(env envelope) error {
	switch env.Type {
	case "signup":
		var s signup
		if err := json.Unmarshal(env.Data, &s); err != nil {
			return err
		}
		l.plans[s.User] = s.Plan
	case "purchase":
		var p purchase
		if err := json.Unmarshal(env.Data, &p); err != nil {
			return err
		}
		for _, it := range p.Items {
			l.spend[p.User] += float64(it.Qty) * it.Price
			l.skus[it.SKU] += it.Qty
		}
	case "refund":
		var r refund
		if err := json.Unmarshal(env.Data, &r); err != nil {
			return err
		}
		l.spend[r.User] -= r.Amount
	default:
		l.unknown[env.Type]++
	}
	return nil
}

func main() {
	l := &ledger{map[string]string{}, map[string]float64{}, map[string]int{}, map[string]int{}}
	sc := bufio.NewScanner(strings.NewReader(events))
	n := 0
	for sc.Scan() {
		n++
		var env envelope
		if err := json.Unmarshal(sc.Bytes(), &env); err != nil {
			fmt.Printf("line %d: decode envelope: %v\n", n, err)
			continue
		}
		if err := l.apply(env); err != nil {
			fmt.Printf("line %d: apply %s: %v\n", n, env.Type, err)
		}
	}

	users := make([]string, 0)
	for u := range l.spend {
		users = append(users, u)
	}
	for u := range l.plans {
		if !slices.Contains(users, u) {
			users = append(users, u)
		}
	}
	slices.Sort(users)
	fmt.Println("user     plan   net_spend")
	for _, u := range users {
		plan := l.plans[u]
		if plan == "" {
			plan = "?"
		}
		fmt.Printf("%-8s %-6s %9.2f\n", u, plan, l.spend[u])
	}

	skus := make([]string, 0, len(l.skus))
	for s := range l.skus {
		skus = append(skus, s)
	}
	slices.Sort(skus)
	for _, s := range skus {
		fmt.Printf("sku %s sold %d\n", s, l.skus[s])
	}
	summary, _ := json.Marshal(l.unknown) // encoding/json sorts map keys
	fmt.Printf("unhandled event types: %s\n", summary)
}
