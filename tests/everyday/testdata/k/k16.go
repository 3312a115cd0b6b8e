package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"strings"
)

type Dim struct {
	W, H float64
}

type Product struct {
	SKU      string
	Name     string
	Price    float64
	Stock    int
	Tags     []string
	Dims     *Dim
	Attrs    map[string]string
	Archived bool
}

type Level uint8

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

// GoString controls %#v output.
func (l Level) GoString() string { return fmt.Sprintf("Level(%d /*%s*/)", uint8(l), l) }

type Row []any

// Format implements fmt.Formatter so a row can render itself differently per verb.
func (r Row) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Row%d%v", len(r), []any(r))
			return
		}
		fallthrough
	case 's':
		parts := make([]string, len(r))
		for i, v := range r {
			parts[i] = fmt.Sprint(v)
		}
		fmt.Fprint(f, strings.Join(parts, " | "))
	default:
		fmt.Fprintf(f, "%%!%c(Row)", verb)
	}
}

func main() {
	p := Product{
		SKU: "BK-204", Name: "Desk Lamp \"Nova\"", Price: 39.5, Stock: 17,
		Tags:  []string{"lighting", "office"},
		Dims:  &Dim{W: 14.5, H: 42},
		Attrs: map[string]string{"color": "black", "bulb": "E27"},
	}

	fmt.Println("== struct verbs ==")
	fmt.Printf("%%v   %v\n", p.Tags)
	fmt.Printf("%%+v  %+v\n", *p.Dims)
	fmt.Printf("%%#v  %#v\n", *p.Dims)
	fmt.Printf("%%T   %T / %T / %T\n", p, p.Dims, p.Attrs)
	fmt.Printf("%%v   map sorted: %v\n", p.Attrs)

	fmt.Println("\n== strings ==")
	fmt.Printf("%%s   %s\n", p.Name)
	fmt.Printf("%%q   %q\n", p.Name)
	fmt.Printf("%%x   %x\n", p.SKU)
	fmt.Printf("%% x  % x\n", p.SKU)
	fmt.Printf("%%X   %X\n", []byte("ok"))
	fmt.Printf("[%-10s][%10s][%.3s]\n", p.SKU, p.SKU, p.Name)

	fmt.Println("\n== numbers ==")
	fmt.Printf("[%8.2f] [%-8.2f] [%08.2f] [%+.1f]\n", p.Price, p.Price, p.Price, p.Price)
	fmt.Printf("[%e] [%g] [%G]\n", 1234567.891, 0.000012, 1e21)
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%x] [%#x] [%o] [%b]\n", p.Stock, p.Stock, p.Stock, p.Stock, 255, 255, 8, 5)
	fmt.Printf("[%c] [%U] [%q]\n", 'é', 'é', 'é')
	fmt.Printf("[%t] [%v]\n", p.Archived, !p.Archived)
	fmt.Printf("[%6.1f%%] share\n", 12.345)
	fmt.Printf("[%*d] [%-*d] width from args\n", 6, 42, 6, 42)
	fmt.Printf("[%[2]s %[1]s] argument indexes\n", "world", "hello")

	fmt.Println("\n== custom types ==")
	l := Level(2)
	fmt.Printf("%v %s %d %#v\n", l, l, l, l)
	r := Row{"BK-204", 39.5, 17, true}
	fmt.Printf("%v\n%+v\n%s\n%d\n", r, r, r, r)

	fmt.Println("\n== errors in verbs ==")
	// Formats held in variables (e.g. loaded from config) escape vet's checks,
	// so mistakes only show up at runtime as %!verb markers.
	wrongVerb, missingArg := "%d\n", "%s %s\n"
	fmt.Printf(wrongVerb, "not a number")
	fmt.Printf(missingArg, "only one")
	fmt.Printf("%v\n", nil)
	var np *Dim
	fmt.Printf("%v %+v\n", np, np)

	sum := sha256.Sum256([]byte(p.SKU + p.Name))
	fmt.Printf("\nfingerprint %x...\n", sum[:6])
	fmt.Fprintf(os.Stderr, "stderr: %s stock=%d\n", p.SKU, p.Stock)
}
