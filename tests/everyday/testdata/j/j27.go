// Command j27 prints a product catalogue with every common fmt verb and
// shows how Stringer, GoStringer, error and Formatter change the output.
package main

import (
	"fmt"
	"strings"
)

type Currency string

type Money struct {
	Cents int64
	Cur   Currency
}

// String makes %v and %s friendly.
func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur)
}

// GoString controls %#v.
func (m Money) GoString() string {
	return fmt.Sprintf("Money(%d, %q)", m.Cents, string(m.Cur))
}

type SKU [3]byte

type Product struct {
	Name  string
	SKU   SKU
	Price Money
	Tags  []string
	Stock *int
	meta  map[string]int
}

type Grade rune

// Format implements fmt.Formatter: %v prints a label, %d the code point,
// %x delegates, and the '+' flag adds a description.
func (g Grade) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		s := "grade " + string(rune(g))
		if f.Flag('+') {
			s += map[Grade]string{'A': " (excellent)", 'B': " (good)"}[g]
		}
		if w, ok := f.Width(); ok && w > len(s) {
			s = strings.Repeat(".", w-len(s)) + s
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", int32(g))
	default:
		fmt.Fprintf(f, fmt.FormatString(f, verb), int32(g))
	}
}

type OutOfStock struct{ Name string }

func (e *OutOfStock) Error() string { return e.Name + " is out of stock" }

func main() {
	stock := 12
	p := Product{
		Name:  "Gopher Plush",
		SKU:   SKU{'G', 'P', '1'},
		Price: Money{2499, "EUR"},
		Tags:  []string{"toy", "blue"},
		Stock: &stock,
		meta:  map[string]int{"z": 1, "a": 2},
	}
	q := p
	q.Stock = nil // avoid printing a pointer address

	fmt.Printf("%%v   %v\n", q)
	fmt.Printf("%%+v  %+v\n", q)
	fmt.Printf("%%#v  %#v\n", q)
	fmt.Printf("%%T   %T | %T | %T | %T\n", p, p.Price, p.Tags, p.Stock)
	fmt.Printf("%%s   %s | %%q %q | %%x %x | %%X % X\n", p.Price, p.Name, p.Name[:6], p.SKU)
	fmt.Printf("%%q on slice %q, %%v on *int deref %v\n", p.Tags, *p.Stock)
	fmt.Printf("%%d SKU %d, %%s SKU %s, %%c %c\n", p.SKU, p.SKU[:], p.SKU[0])

	for _, r := range []rune{'G', 'é', '€', '🦫'} {
		fmt.Printf("%%c=%c %%q=%q %%U=%U %%#U=%#U %%x=%x\n", r, r, r, r, r)
	}

	g := Grade('A')
	fmt.Printf("Formatter: [%v] [%+v] [%20v] [%d] [%x] [%08b]\n", g, g, g, g, g, g)
	fmt.Println("Println uses the v verb:", Grade('B'), Money{5, "USD"})

	var err error = &OutOfStock{"Gopher Mug"}
	fmt.Printf("error: %v | %s | %q | %T\n", err, err, err, err)

	fmt.Printf("width/precision: |%8.2f|%-8.3s|%+d|%08.3f|%x|%#o|%#x|\n", 3.14159, "gopher", 42, -3.5, -255, 8, 255)
	fmt.Printf("%%e %e %%g %g %%t %t %%p-free nil %v\n", 123456.789, 1e21, true, []int(nil))
	// Mistakes are reported inline rather than panicking (go vet catches literal ones).
	bad, missing := "bad verbs: %z %d\n", "missing: %d %d\n"
	fmt.Printf(bad, 1, "str")
	fmt.Printf(missing, 1)
	fmt.Println(fmt.Sprintf("%[2]s before %[1]s, %[2]s again", "first", "second"))
	fmt.Printf("%v %+v\n", struct {
		A int
		B []Money
	}{1, []Money{{100, "GBP"}}}, map[Currency]Money{"JPY": {500, "JPY"}})
}
