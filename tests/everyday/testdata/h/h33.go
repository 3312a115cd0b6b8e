// h33: tolerant JSON decoding of messy vendor data: number-or-string, one-or-many, json.Number.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// FlexInt accepts 42, "42", "4,200" and null.
type FlexInt struct {
	Val   int64
	Valid bool
}

func (f *FlexInt) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = FlexInt{}
		return nil
	}
	s := string(b)
	if strings.HasPrefix(s, `"`) {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return fmt.Errorf("FlexInt: %w", err)
	}
	*f = FlexInt{n, true}
	return nil
}

func (f FlexInt) String() string {
	if !f.Valid {
		return "n/a"
	}
	return strconv.FormatInt(f.Val, 10)
}

// OneOrMany accepts "x" or ["x","y"].
type OneOrMany []string

func (o *OneOrMany) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '[' {
		return json.Unmarshal(b, (*[]string)(o))
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*o = OneOrMany{s}
	return nil
}

type Product struct {
	SKU      string      `json:"sku"`
	Stock    FlexInt     `json:"stock"`
	Category OneOrMany   `json:"category"`
	Price    json.Number `json:"price"`
	Attrs    map[string]any
}

const vendorFeed = `[
 {"sku":"K-100","stock":42,"category":"keyboards","price":49.90,"attrs":{"layout":"ISO","wireless":true}},
 {"sku":"M-200","stock":"1,250","category":["mice","wireless"],"price":"19.5","attrs":{"dpi":16000}},
 {"sku":"C-300","stock":null,"category":[],"price":9007199254740993,"attrs":null},
 {"sku":"H-400","stock":" 7 ","category":"headsets","price":129,"attrs":{"colors":["black","white"]}}
]`

func main() {
	dec := json.NewDecoder(strings.NewReader(vendorFeed))
	dec.UseNumber() // keep numbers in attrs exact as well
	var products []Product
	if err := dec.Decode(&products); err != nil {
		panic(err)
	}
	var inStock int64
	for _, p := range products {
		fmt.Printf("%-6s stock=%-5v cats=%-21s price=%-17s", p.SKU, p.Stock, fmt.Sprintf("%q", []string(p.Category)), p.Price)
		if f, err := p.Price.Float64(); err == nil {
			fmt.Printf(" float=%.2f", f)
		}
		if i, err := p.Price.Int64(); err == nil {
			fmt.Printf(" int=%d", i)
		}
		fmt.Println()
		if p.Stock.Valid {
			inStock += p.Stock.Val
		}
		for _, k := range []string{"layout", "wireless", "dpi", "colors"} {
			if v, ok := p.Attrs[k]; ok {
				fmt.Printf("         attr %-8s %T %v\n", k, v, v)
			}
		}
	}
	fmt.Printf("\ntotal units in stock: %d\n\n", inStock)

	for _, bad := range []string{
		`{"sku":"X","stock":"lots"}`,
		`{"sku":"Y","stock":1.5}`,
		`{"sku":"Z","category":42}`,
		`{"sku":"W","price":"twelve"}`,
	} {
		var p Product
		err := json.Unmarshal([]byte(bad), &p)
		fmt.Printf("%-30s -> %v\n", bad, err)
	}
}
