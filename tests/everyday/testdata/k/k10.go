package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"strconv"
	"strings"
	"time"
)

// Money stores cents to avoid float rounding, but travels as "12.34 USD".
type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency)
}

func (m Money) MarshalJSON() ([]byte, error) { return json.Marshal(m.String()) }

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money: %w", err)
	}
	amt, cur, ok := strings.Cut(s, " ")
	if !ok || len(cur) != 3 {
		return fmt.Errorf("money: malformed %q", s)
	}
	whole, frac, _ := strings.Cut(amt, ".")
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return fmt.Errorf("money: %w", err)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return fmt.Errorf("money: %w", err)
	}
	if strings.HasPrefix(whole, "-") {
		f = -f
	}
	*m = Money{Cents: w*100 + f, Currency: cur}
	return nil
}

// Date marshals as YYYY-MM-DD rather than RFC 3339.
type Date struct{ time.Time }

func (d Date) MarshalJSON() ([]byte, error) {
	return []byte(`"` + d.Format(time.DateOnly) + `"`), nil
}

func (d *Date) UnmarshalJSON(b []byte) error {
	t, err := time.Parse(`"`+time.DateOnly+`"`, string(b))
	if err != nil {
		return err
	}
	d.Time = t
	return nil
}

type Invoice struct {
	Number string `json:"number"`
	Issued Date   `json:"issued"`
	Due    Date   `json:"due"`
	Total  Money  `json:"total"`
	Paid   *Money `json:"paid,omitempty"`
}

func (inv Invoice) Outstanding() Money {
	o := inv.Total
	if inv.Paid != nil {
		o.Cents -= inv.Paid.Cents
	}
	return o
}

func main() {
	input := `[
	 {"number":"INV-001","issued":"2024-05-01","due":"2024-05-31","total":"1250.00 EUR","paid":"1250.00 EUR"},
	 {"number":"INV-002","issued":"2024-05-10","due":"2024-06-09","total":"480.5 EUR","paid":"200.25 EUR"},
	 {"number":"INV-003","issued":"2024-06-01","due":"2024-07-01","total":"99.99 EUR"}
	]`
	var invoices []Invoice
	if err := json.Unmarshal([]byte(input), &invoices); err != nil {
		log.Fatal(err)
	}
	asOf := time.Date(2024, 6, 15, 0, 0, 0, 0, time.UTC)
	var owed Money
	owed.Currency = "EUR"
	for _, inv := range invoices {
		out := inv.Outstanding()
		owed.Cents += out.Cents
		status := "open"
		switch {
		case out.Cents == 0:
			status = "paid"
		case asOf.After(inv.Due.Time):
			status = fmt.Sprintf("overdue %dd", int(asOf.Sub(inv.Due.Time).Hours()/24))
		}
		fmt.Printf("%s issued %s total %12s outstanding %12s  [%s]\n",
			inv.Number, inv.Issued.Format("02 Jan"), inv.Total, out, status)
	}
	fmt.Println("total receivable:", owed)

	credit := Invoice{Number: "CN-001", Issued: Date{asOf}, Due: Date{asOf.AddDate(0, 0, 30)},
		Total: Money{-1575, "EUR"}}
	b, _ := json.Marshal(credit)
	fmt.Println(string(b))

	bad := []string{`"12.00USD"`, `"abc.10 USD"`, `42`}
	for _, s := range bad {
		var m Money
		err := json.Unmarshal([]byte(s), &m)
		var ute *json.UnmarshalTypeError
		fmt.Printf("%-14s -> %v (type error: %t)\n", s, err, errors.As(err, &ute))
	}
}
