package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Timestamps struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type Audit struct {
	By string `json:"by"`
}

// Embedded structs: their fields are promoted into the JSON object.
type Product struct {
	ID    int64   `json:"id,string"`
	Name  string  `json:"name"`
	Price float64 `json:"price"`
	Stock *int    `json:"stock,omitempty"`
	Timestamps
	*Audit `json:",omitempty"`
	Extra  json.RawMessage   `json:"extra,omitempty"`
	Labels map[string]string `json:"labels,omitzero"`
	Dims   Dims              `json:"dims,omitzero"`
}

type Dims struct {
	W, H, D float64
}

// Conflict: both embedded types define Name; the outer field wins.
type Named struct {
	Name string `json:"name"`
}
type Wrapper struct {
	Named
	Name string `json:"name"`
}

func show(label string, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Printf("%s: error %v\n", label, err)
		return
	}
	fmt.Printf("%s: %s\n", label, b)
}

func main() {
	p := Product{
		ID: 9007199254740993, Name: "Lamp", Price: 24.5,
		Stock:      new(3),
		Timestamps: Timestamps{Created: "2024-01-02"},
		Audit:      &Audit{By: "ops"},
		Extra:      json.RawMessage(`{"color":"red","watts":[40,60]}`),
	}
	show("full", p)

	q := Product{ID: 2, Name: "Bare"}
	show("bare", q)

	q.Stock = new(0)
	q.Dims = Dims{W: 1}
	q.Labels = map[string]string{}
	show("zero stock", q)

	in := `{"id":"77","name":"Chair","price":49.99,"created":"2023-05-06","updated":"2024-02-03",
	        "by":"alice","extra":{"legs":4},"labels":{"room":"office"},"dims":{"W":40,"H":90,"D":45},"unknown":true}`
	var r Product
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("decoded id=%d name=%s created=%s updated=%s\n", r.ID, r.Name, r.Created, r.Updated)
	fmt.Printf("audit by=%s (promoted: %s) stock nil=%v\n", r.Audit.By, r.By, r.Stock == nil)
	fmt.Printf("extra raw=%s labels=%v dims=%+v\n", r.Extra, r.Labels, r.Dims)

	var extra struct {
		Legs int `json:"legs"`
	}
	_ = json.Unmarshal(r.Extra, &extra)
	fmt.Println("extra.legs =", extra.Legs)

	dec := json.NewDecoder(strings.NewReader(in))
	dec.DisallowUnknownFields()
	var strict Product
	fmt.Println("strict decode:", dec.Decode(&strict))

	w := Wrapper{Named{"inner"}, "outer"}
	show("wrapper", w)
	var w2 Wrapper
	_ = json.Unmarshal([]byte(`{"name":"X"}`), &w2)
	fmt.Printf("wrapper decoded: outer=%q inner=%q\n", w2.Name, w2.Named.Name)

	var badID Product
	err := json.Unmarshal([]byte(`{"id":77}`), &badID)
	fmt.Println("id as number with ,string:", err)

	var generic map[string]any
	_ = json.Unmarshal([]byte(in), &generic)
	fmt.Printf("generic: id is %T, price is %T, extra is %T, keys=%d\n",
		generic["id"], generic["price"], generic["extra"], len(generic))
}
