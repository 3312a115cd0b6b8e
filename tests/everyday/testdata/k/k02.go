package main

import (
	"encoding/json"
	"fmt"
	"log"
	"math"
	"sort"
	"strings"
)

const ordersJSON = `[
  {"id": "A-100", "customer": {"name": "Acme Corp", "tier": "gold", "address": {"city": "Denver", "country": "US"}},
   "items": [{"sku": "W-1", "qty": 3, "price": 12.5}, {"sku": "W-2", "qty": 1, "price": 99.0}],
   "tags": ["priority", "wholesale"], "discount": 0.1},
  {"id": "A-101", "customer": {"name": "Blue Ltd", "tier": "silver", "address": {"city": "Leeds", "country": "GB"}},
   "items": [{"sku": "W-3", "qty": 10, "price": 2.25}]},
  {"id": "A-102", "customer": {"name": "Acme Corp", "tier": "gold", "address": {"city": "Denver", "country": "US"}},
   "items": [{"sku": "W-1", "qty": 1, "price": 12.5}, {"sku": "W-4", "qty": 2, "price": 40.0}],
   "notes": "leave at dock 4"}
]`

type Address struct {
	City    string `json:"city"`
	Country string `json:"country"`
}

type Customer struct {
	Name    string  `json:"name"`
	Tier    string  `json:"tier"`
	Address Address `json:"address"`
}

type LineItem struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type Order struct {
	ID       string     `json:"id"`
	Customer Customer   `json:"customer"`
	Items    []LineItem `json:"items"`
	Tags     []string   `json:"tags,omitempty"`
	Discount float64    `json:"discount,omitempty"`
	Notes    string     `json:"notes,omitempty"`
}

func (o Order) Subtotal() float64 {
	var s float64
	for _, it := range o.Items {
		s += float64(it.Qty) * it.Price
	}
	return s
}

func (o Order) Total() float64 { return o.Subtotal() * (1 - o.Discount) }

type CustomerReport struct {
	Customer string          `json:"customer"`
	Country  string          `json:"country"`
	OrderIDs []string        `json:"order_ids"`
	Revenue  float64         `json:"revenue"`
	SKUUnits map[string]int  `json:"sku_units"`
	Flags    map[string]bool `json:"flags,omitempty"`
}

func main() {
	var orders []Order
	if err := json.Unmarshal([]byte(ordersJSON), &orders); err != nil {
		log.Fatalf("decode: %v", err)
	}
	for _, o := range orders {
		fmt.Printf("%-6s %-10s items=%d subtotal=%7.2f total=%7.2f tags=%q\n",
			o.ID, o.Customer.Name, len(o.Items), o.Subtotal(), o.Total(), o.Tags)
	}

	reports := map[string]*CustomerReport{}
	for _, o := range orders {
		r, ok := reports[o.Customer.Name]
		if !ok {
			r = &CustomerReport{Customer: o.Customer.Name, Country: o.Customer.Address.Country, SKUUnits: map[string]int{}}
			reports[o.Customer.Name] = r
		}
		r.OrderIDs = append(r.OrderIDs, o.ID)
		r.Revenue += o.Total()
		for _, it := range o.Items {
			r.SKUUnits[it.SKU] += it.Qty
		}
		for _, t := range o.Tags {
			if r.Flags == nil {
				r.Flags = map[string]bool{}
			}
			r.Flags[t] = true
		}
	}

	names := make([]string, 0, len(reports))
	for n := range reports {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]*CustomerReport, 0, len(names))
	for _, n := range names {
		r := reports[n]
		r.Revenue = math.Round(r.Revenue*100) / 100
		out = append(out, r)
	}

	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Repeat("-", 40))
	fmt.Println(string(b))

	// Round-trip one order to show omitempty dropping zero fields.
	compact, _ := json.Marshal(orders[1])
	fmt.Println(string(compact))
}
