// Polymorphic event decoding with json.RawMessage and a type registry.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Envelope struct {
	Type    string          `json:"type"`
	Seq     int             `json:"seq"`
	Payload json.RawMessage `json:"payload"`
}

type Event interface {
	Apply(s *State)
	Describe() string
}

type UserCreated struct {
	ID    int    `json:"id"`
	Email string `json:"email"`
}

type UserRenamed struct {
	ID      int    `json:"id"`
	NewName string `json:"new_name"`
}

type Deposit struct {
	ID     int     `json:"id"`
	Amount float64 `json:"amount"`
}

type State struct {
	Emails   map[int]string
	Names    map[int]string
	Balances map[int]float64
}

func (e UserCreated) Apply(s *State)   { s.Emails[e.ID] = e.Email; s.Balances[e.ID] = 0 }
func (e UserCreated) Describe() string { return fmt.Sprintf("user %d created <%s>", e.ID, e.Email) }
func (e UserRenamed) Apply(s *State)   { s.Names[e.ID] = e.NewName }
func (e UserRenamed) Describe() string { return fmt.Sprintf("user %d renamed to %q", e.ID, e.NewName) }
func (e Deposit) Apply(s *State)       { s.Balances[e.ID] += e.Amount }
func (e Deposit) Describe() string     { return fmt.Sprintf("user %d deposit %.2f", e.ID, e.Amount) }

var registry = map[string]func() Event{
	"user.created": func() Event { return &UserCreated{} },
	"user.renamed": func() Event { return &UserRenamed{} },
	"deposit":      func() Event { return &Deposit{} },
}

const stream = `[
 {"type":"user.created","seq":1,"payload":{"id":1,"email":"ana@example.com"}},
 {"type":"user.created","seq":2,"payload":{"id":2,"email":"ben@example.com"}},
 {"type":"deposit","seq":3,"payload":{"id":1,"amount":120.50}},
 {"type":"user.renamed","seq":4,"payload":{"id":2,"new_name":"Benjamin"}},
 {"type":"password.reset","seq":5,"payload":{"id":1}},
 {"type":"deposit","seq":6,"payload":{"id":2,"amount":"lots"}},
 {"type":"deposit","seq":7,"payload":{"id":2,"amount":75}},
 {"type":"deposit","seq":8,"payload":{"id":1,"amount":-20.25}},
 {"type":"user.renamed","seq":9,"payload":{"id":1,"new_name":"Ana María"}}
]`

func decode(env Envelope) (Event, error) {
	mk, ok := registry[env.Type]
	if !ok {
		return nil, fmt.Errorf("seq %d: unknown event type %q", env.Seq, env.Type)
	}
	ev := mk()
	if err := json.Unmarshal(env.Payload, ev); err != nil {
		return nil, fmt.Errorf("seq %d: %w", env.Seq, err)
	}
	// dereference so the stored value is a plain struct
	switch v := ev.(type) {
	case *UserCreated:
		return *v, nil
	case *UserRenamed:
		return *v, nil
	case *Deposit:
		return *v, nil
	}
	return ev, nil
}

func main() {
	var envs []Envelope
	if err := json.Unmarshal([]byte(stream), &envs); err != nil {
		fmt.Println("bad stream:", err)
		return
	}
	st := &State{map[int]string{}, map[int]string{}, map[int]float64{}}
	typeCounts := map[string]int{}
	for _, env := range envs {
		ev, err := decode(env)
		if err != nil {
			fmt.Println("SKIP", err)
			continue
		}
		ev.Apply(st)
		typeCounts[fmt.Sprintf("%T", ev)]++
		fmt.Printf("#%d %-14s %s (raw %d bytes)\n", env.Seq, env.Type, ev.Describe(), len(env.Payload))
	}

	ids := make([]int, 0, len(st.Emails))
	for id := range st.Emails {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Println("\nFinal state:")
	for _, id := range ids {
		name := st.Names[id]
		if name == "" {
			name = strings.Split(st.Emails[id], "@")[0]
		}
		fmt.Printf("  %d %-12s %-18s %8.2f\n", id, name, st.Emails[id], st.Balances[id])
	}
	fmt.Println("\nEvent types applied:", typeCounts)

	// Re-wrap a new event using RawMessage to show the other direction.
	p, _ := json.Marshal(Deposit{ID: 2, Amount: 10})
	out, _ := json.Marshal(Envelope{Type: "deposit", Seq: 10, Payload: p})
	fmt.Println("outgoing:", string(out))
}
