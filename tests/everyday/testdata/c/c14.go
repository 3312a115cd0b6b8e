// Decoding a family of API responses with a generic JSON envelope.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type APIError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *APIError) Error() string { return e.Code + ": " + e.Message }

type Envelope[T any] struct {
	Status string    `json:"status"`
	Data   *T        `json:"data,omitempty"`
	Error  *APIError `json:"error,omitempty"`
	Meta   struct {
		Page  int `json:"page,omitzero"`
		Total int `json:"total,omitzero"`
	} `json:"meta"`
}

func Decode[T any](raw string) (T, error) {
	var env Envelope[T]
	var zero T
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		return zero, fmt.Errorf("decode %T: %w", zero, err)
	}
	switch {
	case env.Error != nil:
		return zero, env.Error
	case env.Data == nil:
		return zero, errors.New("response has no data")
	}
	return *env.Data, nil
}

func Encode[T any](v T, page, total int) string {
	env := Envelope[T]{Status: "ok", Data: &v}
	env.Meta.Page, env.Meta.Total = page, total
	b, err := json.Marshal(env)
	if err != nil {
		return "marshal error: " + err.Error()
	}
	return string(b)
}

type Product struct {
	SKU      string            `json:"sku"`
	Title    string            `json:"title"`
	PriceCts int               `json:"price_cents"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
}

type Stock struct {
	SKU       string `json:"sku"`
	Warehouse string `json:"warehouse"`
	Qty       int    `json:"qty"`
}

type Pair[A, B any] struct {
	First  A `json:"first"`
	Second B `json:"second"`
}

const (
	productResp = `{"status":"ok","data":{"sku":"KB-101","title":"Mechanical keyboard","price_cents":8999,"tags":["usb","rgb"],"attrs":{"switch":"brown","layout":"ISO"}},"meta":{"page":1,"total":1}}`
	listResp    = `{"status":"ok","data":[{"sku":"KB-101","warehouse":"AMS","qty":14},{"sku":"KB-101","warehouse":"DUB","qty":0},{"sku":"MS-220","warehouse":"AMS","qty":52}],"meta":{"page":2,"total":9}}`
	errResp     = `{"status":"error","error":{"code":"NOT_FOUND","message":"sku XY-000 does not exist"},"meta":{}}`
	emptyResp   = `{"status":"ok","meta":{}}`
	typoResp    = `{"status":"ok","data":{"sku":"A"},"metadata":{}}`
	wrongType   = `{"status":"ok","data":{"sku":"A","price_cents":"12.00"},"meta":{}}`
)

func main() {
	p, err := Decode[Product](productResp)
	if err != nil {
		fmt.Println("product error:", err)
		return
	}
	fmt.Printf("product %s %q €%d.%02d tags=%v switch=%s\n", p.SKU, p.Title, p.PriceCts/100, p.PriceCts%100, p.Tags, p.Attrs["switch"])

	stock, err := Decode[[]Stock](listResp)
	if err != nil {
		fmt.Println("stock error:", err)
		return
	}
	total := 0
	for _, s := range stock {
		status := "in stock"
		if s.Qty == 0 {
			status = "SOLD OUT"
		}
		fmt.Printf("  %-6s @ %s: %3d %s\n", s.SKU, s.Warehouse, s.Qty, status)
		total += s.Qty
	}
	fmt.Println("  units on this page:", total)

	counts, err := Decode[map[string]int](`{"status":"ok","data":{"AMS":66,"DUB":0},"meta":{}}`)
	fmt.Println("counts:", counts, "err:", err)

	fmt.Println("--- failures ---")
	cases := []struct{ name, raw string }{
		{"api error", errResp},
		{"no data", emptyResp},
		{"unknown field", typoResp},
		{"wrong type", wrongType},
		{"truncated", productResp[:40]},
	}
	for _, c := range cases {
		_, err := Decode[Product](c.raw)
		var apiErr *APIError
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &apiErr):
			fmt.Printf("%-14s API error code=%s msg=%q\n", c.name, apiErr.Code, apiErr.Message)
		case errors.As(err, &typeErr):
			fmt.Printf("%-14s type error at field %q: got %s\n", c.name, typeErr.Field, typeErr.Value)
		default:
			fmt.Printf("%-14s %v\n", c.name, err)
		}
	}

	fmt.Println("--- encoding ---")
	fmt.Println(Encode(Product{SKU: "MS-220", Title: "Mouse", PriceCts: 2450}, 0, 0))
	fmt.Println(Encode([]string{"AMS", "DUB"}, 1, 2))
	pair := Pair[Product, []Stock]{First: p, Second: stock[:1]}
	fmt.Println(Encode(pair, 1, 1))
	back, err := Decode[Pair[Product, []Stock]](Encode(pair, 1, 1))
	fmt.Println("round trip:", back.First.Title, back.Second[0].Warehouse, back.Second[0].Qty, err)
}
