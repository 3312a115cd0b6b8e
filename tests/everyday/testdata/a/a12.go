// Inventory report exercising the common fmt verbs.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type SKU string

type Dimensions struct {
	W, H, D float64
}

type Item struct {
	SKU      SKU
	Name     string
	Qty      int
	Price    float64
	Dims     Dimensions
	Tags     []string
	Discount *float64
}

type Warehouse struct {
	Code  string
	Items []Item
}

func (d Dimensions) Volume() float64 { return d.W * d.H * d.D }

func (d Dimensions) String() string {
	return fmt.Sprintf("%gx%gx%g cm", d.W, d.H, d.D)
}

type Status int

const (
	InStock Status = iota
	Low
	Out
)

func (s Status) String() string {
	return [...]string{"in-stock", "low", "out"}[s]
}

func (it Item) Status() Status {
	switch {
	case it.Qty == 0:
		return Out
	case it.Qty < 5:
		return Low
	}
	return InStock
}

// Format lets Item control %v vs %s vs %d.
func (it Item) Format(f fmt.State, verb rune) {
	switch verb {
	case 's':
		fmt.Fprintf(f, "%s(%s)", it.Name, it.SKU)
	case 'd':
		fmt.Fprintf(f, "%d", it.Qty)
	default:
		type plain Item
		if f.Flag('+') {
			fmt.Fprintf(f, "%+v", plain(it))
		} else {
			fmt.Fprintf(f, "%v", plain(it))
		}
	}
}

func ptr(f float64) *float64 { return &f }

func main() {
	w := Warehouse{
		Code: "AMS-1",
		Items: []Item{
			{"A-100", "Desk lamp", 12, 34.5, Dimensions{20, 45, 20}, []string{"lighting"}, nil},
			{"B-220", "Office chair", 3, 189.99, Dimensions{60, 110, 60}, []string{"furniture", "ergonomic"}, ptr(0.15)},
			{"C-007", "USB-C cable", 240, 7.25, Dimensions{10, 2, 10}, nil, nil},
			{"D-310", "Monitor arm", 0, 79, Dimensions{15, 50, 15}, []string{"desk"}, ptr(0.05)},
		},
	}

	fmt.Printf("Warehouse %q has %d SKUs\n\n", w.Code, len(w.Items))
	fmt.Printf("%-6s|%-14s|%5s|%9s|%-10s|%-16s|%s\n", "SKU", "Name", "Qty", "Price", "Status", "Dims", "Vol(L)")
	fmt.Println(strings.Repeat("-", 72))
	var value float64
	for _, it := range w.Items {
		price := it.Price
		if it.Discount != nil {
			price *= 1 - *it.Discount
		}
		value += price * float64(it.Qty)
		fmt.Printf("%-6s|%-14s|%5d|%9.2f|%-10v|%-16v|%6.1f\n",
			it.SKU, it.Name, it.Qty, price, it.Status(), it.Dims, it.Dims.Volume()/1000)
	}
	fmt.Println(strings.Repeat("-", 72))
	fmt.Printf("Stock value: %12.2f  (%e)\n\n", value, value)

	it := w.Items[1]
	fmt.Printf("%%s  : %s\n", it)
	fmt.Printf("%%d  : %d\n", it)
	fmt.Printf("%%v  : %v\n", it.Dims)
	fmt.Printf("%%+v : %+v\n", w.Items[2].Dims)
	fmt.Printf("%%#v : %#v\n", w.Items[2].Dims)
	fmt.Printf("%%#v : %#v\n", it.Tags)
	fmt.Printf("%%T  : %T / %T / %T / %T\n", it, it.SKU, it.Status(), w.Items)
	fmt.Printf("%%q  : %q %q\n", it.Name, it.Tags)
	fmt.Printf("%%x  : %x / % X / %#x\n", it.Name, []byte(it.SKU), 255)
	fmt.Printf("%%08.3f: %08.3f | %+d | %+.1e\n", it.Price, -it.Qty, 12345.678)
	fmt.Printf("%%b %%o %%O: %b %o %O\n", 42, 42, 42)
	fmt.Printf("%%c %%U : %c %U %#U\n", 'Z', 'é', '€')
	fmt.Printf("%%t  : %t\n", it.Discount != nil)
	fmt.Printf("%%p? nil ptr prints as %v\n", w.Items[0].Discount)
	fmt.Printf("width*: [%*d] [%-*d]\n", 6, 42, 6, 42)
	fmt.Printf("%%6.2f%%%%: %6.2f%%\n", *it.Discount*100)
	fmt.Printf("%%v slice: %v  %%v map: %v\n", []int{3, 1, 2}, map[string]int{"z": 1, "a": 2})
	err := fmt.Errorf("restock %s: %w", it.SKU, errors.New("supplier offline"))
	fmt.Printf("%%v err: %v\n", err)
	fmt.Printf("%%v nil iface: %v, %%d extra: %d\n", nil, []int{7, 8})
}
