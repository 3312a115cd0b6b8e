package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type Employee struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Salary   float64           `json:"salary"`
	Skills   []string          `json:"skills,omitempty"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	password string
	Manager  bool `json:"-"`
}

type Dept struct {
	Name      string     `json:"dept"`
	Employees []Employee `json:"employees"`
}

const input = `{
  "dept": "data",
  "employees": [
    {"id": 1, "name": "Ana", "salary": 98000.5, "skills": ["go", "sql"], "address": {"city": "Lisbon", "country": "PT"}},
    {"id": 2, "name": "Ben", "email": "ben@example.com", "salary": 87000, "meta": {"team": "etl", "level": "3"}},
    {"id": 3, "name": "Chen", "salary": 105000, "skills": ["python", "go", "spark"], "unknown": true}
  ]
}`

func main() {
	var d Dept
	if err := json.Unmarshal([]byte(input), &d); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("dept:", d.Name, "count:", len(d.Employees))
	for _, e := range d.Employees {
		city := "?"
		if e.Address != nil {
			city = e.Address.City
		}
		fmt.Printf("%d %-5s %10.2f skills=%v city=%s meta=%v\n", e.ID, e.Name, e.Salary, e.Skills, city, e.Meta)
	}

	goDevs := slices.DeleteFunc(slices.Clone(d.Employees), func(e Employee) bool {
		return !slices.Contains(e.Skills, "go")
	})
	names := make([]string, 0, len(goDevs))
	for _, e := range goDevs {
		names = append(names, e.Name)
	}
	fmt.Println("go devs:", strings.Join(names, ", "))

	out := Employee{ID: 4, Name: "Dee", Salary: 70000, password: "secret", Manager: true}
	b, _ := json.Marshal(out)
	fmt.Println(string(b))

	out.Address = &Address{City: "Oslo"}
	out.Meta = map[string]string{"z": "last", "a": "first"}
	b, _ = json.MarshalIndent(out, "", "  ")
	fmt.Println(string(b))

	var generic map[string]any
	_ = json.Unmarshal([]byte(input), &generic)
	emps := generic["employees"].([]any)
	for _, raw := range emps {
		m := raw.(map[string]any)
		fmt.Printf("%v:%T ", m["id"], m["salary"])
	}
	fmt.Println()

	var bad Employee
	err := json.Unmarshal([]byte(`{"id": "seven"}`), &bad)
	var te *json.UnmarshalTypeError
	fmt.Println("type error:", err)
	if errors.As(err, &te) {
		fmt.Println("field:", te.Field, "value:", te.Value)
	}
	err = json.Unmarshal([]byte(`{"id": 1,`), &bad)
	fmt.Println("syntax error:", err)

	arr, _ := json.Marshal([]any{1, "two", 3.5, nil, true, []int{}, map[string]int{"b": 2, "a": 1}})
	fmt.Println(string(arr))
}
