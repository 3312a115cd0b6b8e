package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Money int64 // cents

func (m Money) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%d.%02d", m/100, m%100))
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money: %w", err)
	}
	var whole, frac int64
	if _, err := fmt.Sscanf(s, "%d.%d", &whole, &frac); err != nil {
		return fmt.Errorf("money %q: %w", s, err)
	}
	*m = Money(whole*100 + frac)
	return nil
}

type Status int

const (
	Pending Status = iota
	Active
	Closed
)

var statusNames = map[Status]string{Pending: "pending", Active: "active", Closed: "closed"}

func (s Status) MarshalText() ([]byte, error) { return []byte(statusNames[s]), nil }
func (s *Status) UnmarshalText(b []byte) error {
	for k, v := range statusNames {
		if v == string(b) {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type LineItem struct {
	SKU   string `json:"sku"`
	Qty   int    `json:"qty"`
	Price Money  `json:"price"`
}

type Customer struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Status   Status            `json:"status"`
	Ship     Address           `json:"ship_to"`
	Bill     *Address          `json:"bill_to,omitempty"`
	Items    []LineItem        `json:"items"`
	Meta     map[string]string `json:"meta,omitempty"`
	Password string            `json:"-"`
	internal int
}

func main() {
	c := Customer{
		ID: 7, Name: "Ada", Status: Active,
		Ship:     Address{"1 Loop Rd", "Cambridge", ""},
		Items:    []LineItem{{"A1", 2, 1999}, {"B2", 1, 50}},
		Meta:     map[string]string{"tier": "gold", "source": "web", "a": "first"},
		Password: "hunter2", internal: 42,
	}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(b))

	var back Customer
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("roundtrip name=%s status=%d items=%+v\n", back.Name, back.Status, back.Items)
	fmt.Printf("password dropped=%v internal=%d bill nil=%v\n", back.Password == "", back.internal, back.Bill == nil)

	var total Money
	for _, it := range back.Items {
		total += it.Price * Money(it.Qty)
	}
	tb, _ := json.Marshal(total)
	fmt.Println("total:", string(tb))

	bad := []string{
		`{"id":1,"status":"frozen"}`,
		`{"id":2,"items":[{"sku":"x","qty":1,"price":12}]}`,
		`{"id":3,"items":[{"sku":"x","qty":1,"price":"abc"}]}`,
		`{"id":"four"}`,
		`{"id":5,"status":"closed","bill_to":{"street":"9 Elm","city":"Oslo","zip":"0150"}}`,
	}
	for _, s := range bad {
		var cc Customer
		err := json.Unmarshal([]byte(s), &cc)
		if err != nil {
			msg := err.Error()
			msg = strings.ReplaceAll(msg, "\n", " ")
			fmt.Printf("ERR  %-60s -> %s\n", s, msg)
			continue
		}
		out, _ := json.Marshal(cc)
		fmt.Printf("OK   %s\n     %s\n", s, out)
	}
}
