package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(m)/100, int64(m)%100)
}

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(m.String())), nil
}

type Percent float64

func (p Percent) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(p)*100, 'f', 1, 64)), nil
}

type LineItem struct {
	SKU      string  `json:"sku"`
	Qty      int     `json:"qty"`
	Price    Money   `json:"price"`
	Discount Percent `json:"discount,omitempty"`
}

type Customer struct {
	Name  string            `json:"name"`
	Email string            `json:"email,omitempty"`
	Tags  []string          `json:"tags,omitempty"`
	Meta  map[string]string `json:"meta,omitempty"`
}

type Order struct {
	ID       int        `json:"id"`
	Customer Customer   `json:"customer"`
	Items    []LineItem `json:"items"`
	Total    Money      `json:"total"`
	Note     *string    `json:"note,omitempty"`
	internal string
}

func (o *Order) computeTotal() {
	var t float64
	for _, it := range o.Items {
		t += float64(it.Price) * float64(it.Qty) * (1 - float64(it.Discount))
	}
	o.Total = Money(t + 0.5)
}

func main() {
	note := "leave at door"
	orders := []Order{
		{
			ID:       101,
			Customer: Customer{Name: "Ada", Email: "ada@example.com", Tags: []string{"vip", "b2b"}},
			Items: []LineItem{
				{SKU: "A-1", Qty: 2, Price: 1999, Discount: 0.1},
				{SKU: "B-7", Qty: 1, Price: 4550},
			},
			Note:     &note,
			internal: "x",
		},
		{
			ID:       102,
			Customer: Customer{Name: "Linus", Meta: map[string]string{"source": "ads", "campaign": "q3"}},
			Items:    []LineItem{{SKU: "C-3", Qty: 5, Price: 299}},
		},
	}
	for i := range orders {
		orders[i].computeTotal()
	}

	for _, o := range orders {
		b, err := json.Marshal(o)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(string(b))
	}

	pretty, _ := json.MarshalIndent(orders[1], "", "  ")
	fmt.Println(string(pretty))

	fmt.Println(orders[0].Total, orders[1].Total, Money(-1234))
	fmt.Printf("%v %d %T\n", orders[0].Items[0].Price, orders[0].Items[0].Price, orders[0].Items[0].Discount)

	// decode into generic map using json.Number
	raw := `{"id": 103, "amount": 12345678901234567, "rate": 0.075, "tags": ["a","b"], "nested": {"ok": true, "n": null}}`
	var m map[string]any
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Println(m)
	amt := m["amount"].(json.Number)
	n, _ := amt.Int64()
	rate, _ := m["rate"].(json.Number).Float64()
	fmt.Printf("amount=%d (%T) rate=%.4f interest=%.2f\n", n, amt, rate, float64(n)*rate)
	nested := m["nested"].(map[string]any)
	fmt.Printf("%v %v %T\n", nested["ok"], nested["n"], m["tags"])
}
