package main

import (
	"encoding/json"
	"fmt"
	"log"
	"regexp"
	"sort"
	"strings"
)

type Record struct {
	ID       int      `json:"id"`
	Email    string   `json:"email"`
	Age      *int     `json:"age"`
	Country  string   `json:"country"`
	Score    *float64 `json:"score"`
	Consent  bool     `json:"consent"`
	SignupAt string   `json:"signup_at"`
}

const batch = `[
{"id":1,"email":"a@x.io","age":34,"country":"US","score":0.82,"consent":true,"signup_at":"2024-02-01"},
{"id":2,"email":"bad-email","age":29,"country":"GB","score":0.40,"consent":true,"signup_at":"2024-02-03"},
{"id":3,"email":"c@x.io","age":null,"country":"DE","score":0.91,"consent":false,"signup_at":"2024-02-04"},
{"id":4,"email":"d@x.io","age":212,"country":"US","score":1.30,"consent":true,"signup_at":"2024-13-01"},
{"id":5,"email":"e@x.io","age":41,"country":"XX","score":null,"consent":true,"signup_at":"2024-02-09"},
{"id":6,"email":"f@x.io","age":19,"country":"FR","score":0.12,"consent":true,"signup_at":"2024-02-10"},
{"id":3,"email":"c2@x.io","age":50,"country":"DE","score":0.55,"consent":true,"signup_at":"2024-02-11"},
{"id":8,"email":"","age":-1,"country":"US","score":0.66,"consent":true,"signup_at":""},
{"id":9,"email":"i@x.io","age":63,"country":"GB","score":0.77,"consent":true,"signup_at":"2024-02-15"}
]`

// Check is one validation rule over a record.
type Check struct {
	Column string
	Rule   string
	Fail   func(r Record) bool
}

var (
	emailRe   = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`)
	dateRe    = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`)
	countries = map[string]bool{"US": true, "GB": true, "DE": true, "FR": true}
)

var checks = []Check{
	{"email", "not_null", func(r Record) bool { return r.Email == "" }},
	{"email", "format", func(r Record) bool { return r.Email != "" && !emailRe.MatchString(r.Email) }},
	{"age", "not_null", func(r Record) bool { return r.Age == nil }},
	{"age", "between(0,120)", func(r Record) bool { return r.Age != nil && (*r.Age < 0 || *r.Age > 120) }},
	{"country", "isin(ref)", func(r Record) bool { return !countries[r.Country] }},
	{"score", "not_null", func(r Record) bool { return r.Score == nil }},
	{"score", "between(0,1)", func(r Record) bool { return r.Score != nil && (*r.Score < 0 || *r.Score > 1) }},
	{"signup_at", "date_format", func(r Record) bool { return !dateRe.MatchString(r.SignupAt) }},
}

func main() {
	var recs []Record
	if err := json.Unmarshal([]byte(batch), &recs); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("validating %d records against %d checks\n\n", len(recs), len(checks)+1)

	failures := map[int][]string{} // row index -> failed rules
	perCheck := make([]int, len(checks))
	for i, r := range recs {
		for ci, c := range checks {
			if c.Fail(r) {
				perCheck[ci]++
				failures[i] = append(failures[i], c.Column+"."+c.Rule)
			}
		}
	}
	// uniqueness check on id (duplicated(keep=False))
	idCount := map[int]int{}
	for _, r := range recs {
		idCount[r.ID]++
	}
	dupes := 0
	for i, r := range recs {
		if idCount[r.ID] > 1 {
			dupes++
			failures[i] = append(failures[i], "id.unique")
		}
	}

	fmt.Printf("%-12s %-15s %5s %7s\n", "column", "rule", "fails", "pass%")
	for ci, c := range checks {
		fmt.Printf("%-12s %-15s %5d %6.1f%%\n", c.Column, c.Rule, perCheck[ci], 100*float64(len(recs)-perCheck[ci])/float64(len(recs)))
	}
	fmt.Printf("%-12s %-15s %5d %6.1f%%\n", "id", "unique", dupes, 100*float64(len(recs)-dupes)/float64(len(recs)))

	rows := make([]int, 0, len(failures))
	for i := range failures {
		rows = append(rows, i)
	}
	sort.Ints(rows)
	fmt.Println("\nfailing rows:")
	for _, i := range rows {
		fmt.Printf("  row %d (id=%d): %s\n", i, recs[i].ID, strings.Join(failures[i], ", "))
	}

	var clean []Record
	for i, r := range recs {
		if len(failures[i]) == 0 {
			clean = append(clean, r)
		}
	}
	fmt.Printf("\nclean rows: %d/%d (%.0f%%)\n", len(clean), len(recs), 100*float64(len(clean))/float64(len(recs)))
	status := "PASS"
	if float64(len(clean))/float64(len(recs)) < 0.8 {
		status = "FAIL (threshold 80%)"
	}
	fmt.Println("batch status:", status)
	out, err := json.Marshal(clean)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("clean batch:", string(out))
}
