package main

import (
	"fmt"
	"sort"
	"strings"
)

type Percent float64

func (p Percent) String() string { return fmt.Sprintf("%5.1f%%", float64(p)) }

type SKU struct {
	Code      string
	UnitsSold int
	UnitPrice float64
}

func (s SKU) Revenue() float64 { return float64(s.UnitsSold) * s.UnitPrice }

type Classified struct {
	SKU
	Share    Percent
	CumShare Percent
	Class    byte
}

func main() {
	skus := []SKU{
		{"SKU-01", 1200, 4.99}, {"SKU-02", 85, 129.00}, {"SKU-03", 430, 19.50},
		{"SKU-04", 15, 899.00}, {"SKU-05", 3100, 1.25}, {"SKU-06", 640, 7.80},
		{"SKU-07", 55, 45.00}, {"SKU-08", 210, 32.00}, {"SKU-09", 9, 12.00},
		{"SKU-10", 760, 11.10}, {"SKU-11", 33, 210.00}, {"SKU-12", 120, 3.40},
	}
	sort.Slice(skus, func(i, j int) bool {
		ri, rj := skus[i].Revenue(), skus[j].Revenue()
		if ri != rj {
			return ri > rj
		}
		return skus[i].Code < skus[j].Code
	})
	var total float64
	for _, s := range skus {
		total += s.Revenue()
	}

	out := make([]Classified, len(skus))
	var cum float64
	classCount := map[byte]int{}
	classRev := map[byte]float64{}
	for i, s := range skus {
		share := s.Revenue() / total * 100
		cum += share
		c := byte('C')
		switch {
		case cum-share < 80:
			c = 'A'
		case cum-share < 95:
			c = 'B'
		}
		out[i] = Classified{s, Percent(share), Percent(cum), c}
		classCount[c]++
		classRev[c] += s.Revenue()
	}

	fmt.Printf("total revenue: %.2f\n", total)
	fmt.Printf("%-7s %6s %8s %10s %7s %7s %s\n", "sku", "units", "price", "revenue", "share", "cum", "cls")
	for _, c := range out {
		bar := strings.Repeat("=", int(float64(c.Share)/2))
		fmt.Printf("%-7s %6d %8.2f %10.2f %v %v  %c %s\n", c.Code, c.UnitsSold, c.UnitPrice, c.Revenue(), c.Share, c.CumShare, c.Class, bar)
	}
	for _, c := range []byte("ABC") {
		fmt.Printf("class %c: %2d skus, %6.2f%% of revenue\n", c, classCount[c], classRev[c]/total*100)
	}

	// Gini coefficient of revenue concentration
	revs := make([]float64, len(skus))
	for i, s := range skus {
		revs[i] = s.Revenue()
	}
	sort.Float64s(revs)
	var weighted float64
	for i, r := range revs {
		weighted += float64(i+1) * r
	}
	n := float64(len(revs))
	gini := (2*weighted)/(n*total) - (n+1)/n
	fmt.Printf("gini=%.4f\n", gini)
	fmt.Println(out[0].Share, out[0].Class, string(out[len(out)-1].Class))
	fmt.Printf("%v|%s|%.2f\n", Percent(12.345), Percent(0), float64(Percent(99.999)))
	idx := sort.Search(len(out), func(i int) bool { return out[i].CumShare >= 50 })
	fmt.Printf("top %d SKUs make half of revenue (%s)\n", idx+1, out[idx].Code)
}
