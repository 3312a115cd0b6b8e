package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Dimensions struct {
	L, W, H int // cm
}

func (d Dimensions) Volume() int { return d.L * d.W * d.H }

func (d Dimensions) String() string { return fmt.Sprintf("%dx%dx%d", d.L, d.W, d.H) }

type Article struct {
	Dimensions
	SKU      string
	Name     string
	WeightG  int
	Fragile  bool
	Quantity int
}

type Carton struct {
	Dimensions
	Code     string
	MaxGrams int
}

type Packed struct {
	Carton  Carton
	Lines   map[string]int
	Grams   int
	Volume  int
	Fragile bool
}

func (p *Packed) Fits(a Article) bool {
	return p.Grams+a.WeightG <= p.Carton.MaxGrams && p.Volume+a.Volume() <= p.Carton.Volume()*85/100
}

func (p *Packed) Fill() float64 { return float64(p.Volume) / float64(p.Carton.Volume()) * 100 }

func pack(articles []Article, carton Carton) []*Packed {
	units := []Article{}
	for _, a := range articles {
		for i := 0; i < a.Quantity; i++ {
			units = append(units, a)
		}
	}
	sort.SliceStable(units, func(i, j int) bool { return units[i].Volume() > units[j].Volume() })
	var boxes []*Packed
	for _, u := range units {
		var target *Packed
		for _, b := range boxes {
			if b.Fits(u) {
				target = b
				break
			}
		}
		if target == nil {
			target = &Packed{Carton: carton, Lines: map[string]int{}}
			boxes = append(boxes, target)
		}
		target.Lines[u.SKU]++
		target.Grams += u.WeightG
		target.Volume += u.Volume()
		target.Fragile = target.Fragile || u.Fragile
	}
	return boxes
}

func main() {
	articles := []Article{
		{Dimensions{30, 20, 10}, "LMP-01", "Desk lamp", 1400, true, 2},
		{Dimensions{10, 10, 10}, "MUG-12", "Ceramic mug", 350, true, 6},
		{Dimensions{25, 18, 3}, "BK-778", "Hardcover book", 900, false, 4},
		{Dimensions{40, 30, 5}, "MAT-02", "Desk mat", 800, false, 1},
	}
	names := map[string]string{}
	for _, a := range articles {
		names[a.SKU] = a.Name
	}
	carton := Carton{Dimensions{50, 40, 30}, "C-L", 8000}
	boxes := pack(articles, carton)

	fmt.Println("PACKING LIST  shipment SH-55120  to: Nordlicht GmbH, Hamburg")
	fmt.Printf("carton type %s (%s cm, max %.1f kg)\n\n", carton.Code, carton.Dimensions, float64(carton.MaxGrams)/1000)
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	totalGrams := 0
	for i, b := range boxes {
		flag := ""
		if b.Fragile {
			flag = "  ** FRAGILE **"
		}
		fmt.Fprintf(tw, "Box %d/%d\t%.2f kg\tfill %.0f%%%s\t\n", i+1, len(boxes), float64(b.Grams)/1000, b.Fill(), flag)
		skus := make([]string, 0, len(b.Lines))
		for s := range b.Lines {
			skus = append(skus, s)
		}
		sort.Strings(skus)
		for _, s := range skus {
			fmt.Fprintf(tw, "  %s\t%s\tx%d\t\n", s, names[s], b.Lines[s])
		}
		totalGrams += b.Grams
	}
	tw.Flush()
	fmt.Println(strings.Repeat("-", 44))
	fmt.Printf("%d boxes, gross weight %.2f kg\n", len(boxes), float64(totalGrams)/1000)
	for _, a := range articles {
		fmt.Printf("%-7s %-15s %9s cm  %5d g%s\n", a.SKU, a.Name, a.Dimensions, a.WeightG,
			map[bool]string{true: "  fragile", false: ""}[a.Fragile])
	}
}
