package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Column[T cmp.Ordered] struct {
	Name string
	Data []T
}

func (c *Column[T]) Len() int { return len(c.Data) }

func (c *Column[T]) Take(idx []int) *Column[T] {
	out := make([]T, len(idx))
	for i, j := range idx {
		out[i] = c.Data[j]
	}
	return &Column[T]{c.Name, out}
}

func (c *Column[T]) Unique() []T {
	u := slices.Clone(c.Data)
	slices.Sort(u)
	return slices.Compact(u)
}

func (c *Column[T]) Where(pred func(T) bool) []int {
	var idx []int
	for i, v := range c.Data {
		if pred(v) {
			idx = append(idx, i)
		}
	}
	return idx
}

func (c *Column[T]) Order(desc bool) []int {
	idx := make([]int, len(c.Data))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		r := cmp.Compare(c.Data[a], c.Data[b])
		if desc {
			return -r
		}
		return r
	})
	return idx
}

type Frame struct {
	cols  []any
	names []string
}

func (f *Frame) Add(col any, name string) {
	f.cols = append(f.cols, col)
	f.names = append(f.names, name)
}

func (f *Frame) Take(idx []int) *Frame {
	out := &Frame{}
	for i, c := range f.cols {
		switch col := c.(type) {
		case *Column[string]:
			out.Add(col.Take(idx), f.names[i])
		case *Column[int]:
			out.Add(col.Take(idx), f.names[i])
		case *Column[float64]:
			out.Add(col.Take(idx), f.names[i])
		}
	}
	return out
}

func (f *Frame) Print() {
	fmt.Println(strings.Join(f.names, " | "))
	n := f.cols[0].(interface{ Len() int }).Len()
	for r := range n {
		cells := make([]string, len(f.cols))
		for i, c := range f.cols {
			switch col := c.(type) {
			case *Column[string]:
				cells[i] = fmt.Sprintf("%-8s", col.Data[r])
			case *Column[int]:
				cells[i] = fmt.Sprintf("%5d", col.Data[r])
			case *Column[float64]:
				cells[i] = fmt.Sprintf("%8.2f", col.Data[r])
			}
		}
		fmt.Println(strings.Join(cells, " | "))
	}
}

func main() {
	city := &Column[string]{"city", []string{"Lisbon", "Porto", "Madrid", "Lisbon", "Seville", "Madrid", "Porto"}}
	year := &Column[int]{"year", []int{2022, 2022, 2022, 2023, 2023, 2023, 2023}}
	price := &Column[float64]{"price_m2", []float64{4120.5, 2980, 3875.25, 4390, 2450.75, 4010, 3105.5}}

	df := &Frame{}
	df.Add(city, "city")
	df.Add(year, "year")
	df.Add(price, "price_m2")
	df.Print()

	fmt.Println("\nsorted by price desc:")
	df.Take(price.Order(true)).Print()

	fmt.Println("\n2023 only:")
	df.Take(year.Where(func(y int) bool { return y == 2023 })).Print()

	fmt.Println("\nunique cities:", city.Unique(), "years:", year.Unique())

	// year-over-year change per city
	prices := map[string]map[int]float64{}
	for i := range city.Len() {
		if prices[city.Data[i]] == nil {
			prices[city.Data[i]] = map[int]float64{}
		}
		prices[city.Data[i]][year.Data[i]] = price.Data[i]
	}
	for _, c := range city.Unique() {
		p := prices[c]
		old, ok1 := p[2022]
		cur, ok2 := p[2023]
		if !ok1 || !ok2 {
			fmt.Printf("%-8s yoy: n/a (%v)\n", c, p)
			continue
		}
		fmt.Printf("%-8s yoy: %+6.2f%%\n", c, (cur-old)/old*100)
	}
	fmt.Printf("%T %T %T\n", df.cols[0], df.cols[1], df.cols[2])
}
