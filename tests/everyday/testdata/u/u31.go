package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Meta struct {
	ID        string    `json:"id"`
	CreatedAt time.Time `json:"created_at"`
	Version   int       `json:"version,omitempty"`
}

type Address struct {
	City    string `json:"city"`
	Country string `json:"country"`
}

type Customer struct {
	Meta
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Tags     []string          `json:"tags"`
	Address  *Address          `json:"address,omitempty"`
	Balance  float64           `json:"balance,string"`
	Password string            `json:"-"`
	Extra    map[string]any    `json:"extra,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
	internal int
}

type Envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

type Order struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

func main() {
	c := Customer{
		Meta:     Meta{ID: "c-1", CreatedAt: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), Version: 2},
		Name:     "Ada",
		Tags:     []string{"vip", "beta"},
		Address:  &Address{"London", "UK"},
		Balance:  1234.5,
		Password: "hunter2",
		Labels:   map[string]string{"tier": "gold", "region": "eu"},
		internal: 9,
	}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)

	pretty, _ := json.MarshalIndent(Customer{Meta: Meta{ID: "c-2"}, Name: "Bob"}, "", "  ")
	fmt.Println(string(pretty))

	input := `{"id":"c-3","created_at":"2023-12-31T23:59:59Z","name":"Cy","tags":null,
		"balance":"99.95","password":"leak","extra":{"score":7,"flags":[true,false],"note":null}}`
	var got Customer
	if err := json.Unmarshal([]byte(input), &got); err != nil {
		fmt.Println("unmarshal:", err)
	}
	fmt.Printf("%+v\n", got.Meta)
	fmt.Printf("name=%q tags=%v nil=%t balance=%.2f password=%q\n", got.Name, got.Tags, got.Tags == nil, got.Balance, got.Password)
	fmt.Printf("extra score %v %T, flags %v %T, note %v\n", got.Extra["score"], got.Extra["score"], got.Extra["flags"], got.Extra["flags"], got.Extra["note"])

	stream := `[{"kind":"order","data":{"sku":"A-1","qty":3}},{"kind":"ping","data":null},{"kind":"order","data":{"sku":"B-2","qty":"x"}}]`
	var envs []Envelope
	_ = json.Unmarshal([]byte(stream), &envs)
	for i, e := range envs {
		switch e.Kind {
		case "order":
			var o Order
			if err := json.Unmarshal(e.Data, &o); err != nil {
				var te *json.UnmarshalTypeError
				if errors.As(err, &te) {
					fmt.Printf("%d: bad field %q: got %s want %v\n", i, te.Field, te.Value, te.Type)
				}
				continue
			}
			fmt.Printf("%d: order %+v\n", i, o)
		default:
			fmt.Printf("%d: %s with raw data %s\n", i, e.Kind, e.Data)
		}
	}

	dec := json.NewDecoder(strings.NewReader(`{"sku":"Z","qty":1,"color":"red"}`))
	dec.DisallowUnknownFields()
	var o Order
	fmt.Println("strict decode:", dec.Decode(&o))

	var syn *json.SyntaxError
	err = json.Unmarshal([]byte(`{"sku": }`), &o)
	fmt.Println(errors.As(err, &syn), err)
}
