package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Employee struct {
	ID      int            `json:"id"`
	Name    string         `json:"name"`
	Email   string         `json:"email,omitempty"`
	Salary  float64        `json:"-"`
	Tags    []string       `json:"tags"`
	Address *Address       `json:"address,omitempty"`
	Skills  map[string]int `json:"skills,omitempty"`
	Manager bool           `json:"is_manager"`
}

type Team struct {
	Name    string     `json:"team"`
	Members []Employee `json:"members"`
	Budget  float64    `json:"budget,omitempty"`
}

func (t Team) Payroll() float64 {
	total := 0.0
	for _, m := range t.Members {
		total += m.Salary
	}
	return total
}

const incoming = `{
  "team": "Data Platform",
  "budget": 125000.5,
  "members": [
    {"id": 7, "name": "Grace", "email": "grace@example.com", "tags": ["lead", "infra"],
     "address": {"street": "1 Main St", "city": "Springfield", "zip": "12345"},
     "skills": {"go": 5, "sql": 4, "python": 3}, "is_manager": true, "unknown_field": 1},
    {"id": 8, "name": "Linus", "tags": [], "skills": {"c": 5}},
    {"id": 9, "name": "Ada", "tags": null}
  ]
}`

func main() {
	e := Employee{ID: 1, Name: "Ken", Salary: 99999, Tags: []string{"go", "unix"},
		Skills: map[string]int{"zeta": 1, "alpha": 2, "mu": 3}}
	b, err := json.Marshal(e)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	e2 := Employee{ID: 2, Name: "Rob", Address: &Address{Street: "2 Side Rd", City: "Gotham"}}
	b, _ = json.MarshalIndent(e2, "", "  ")
	fmt.Println(string(b))

	var team Team
	if err := json.Unmarshal([]byte(incoming), &team); err != nil {
		fmt.Println("unmarshal error:", err)
		return
	}
	fmt.Printf("team=%q budget=%.2f members=%d\n", team.Name, team.Budget, len(team.Members))
	for _, m := range team.Members {
		city := "n/a"
		if m.Address != nil {
			city = m.Address.City
		}
		fmt.Printf("  #%d %-6s tags=%v nilTags=%t skills=%d city=%s mgr=%t\n",
			m.ID, m.Name, m.Tags, m.Tags == nil, len(m.Skills), city, m.Manager)
	}
	team.Members[0].Salary = 150000
	team.Members[1].Salary = 120000.25
	fmt.Printf("payroll: %.2f\n", team.Payroll())

	out, _ := json.Marshal(Team{Name: "Empty"})
	fmt.Println(string(out))

	var bad Employee
	err = json.Unmarshal([]byte(`{"id": "seven", "name": "X"}`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Println("type error on field:", typeErr.Field, "value:", typeErr.Value, "kind:", typeErr.Type)
	}
	err = json.Unmarshal([]byte(`{"id": 1,`), &bad)
	var synErr *json.SyntaxError
	fmt.Println("syntax error:", errors.As(err, &synErr), err)

	generic := map[string]any{"b": []int{1, 2}, "a": nil, "c": map[string]bool{"ok": true}, "d": 3.25}
	gb, _ := json.Marshal(generic)
	fmt.Println(string(gb))
}
