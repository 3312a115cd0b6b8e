package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Column is a typed, named column of data.
type Column[T any] struct {
	Name string
	Data []T
}

func (c Column[T]) Len() int { return len(c.Data) }

// Take returns a new column with rows at the given indices.
func (c Column[T]) Take(idx []int) Column[T] {
	out := Column[T]{Name: c.Name, Data: make([]T, len(idx))}
	for i, j := range idx {
		out.Data[i] = c.Data[j]
	}
	return out
}

// Derive maps a column into a column of another type.
func Derive[T, U any](c Column[T], name string, f func(T) U) Column[U] {
	out := Column[U]{Name: name, Data: make([]U, len(c.Data))}
	for i, v := range c.Data {
		out.Data[i] = f(v)
	}
	return out
}

// ArgSort returns row indices that would sort the column.
func ArgSort[T cmp.Ordered](c Column[T], desc bool) []int {
	idx := make([]int, c.Len())
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

func Where[T any](c Column[T], pred func(T) bool) []int {
	var idx []int
	for i, v := range c.Data {
		if pred(v) {
			idx = append(idx, i)
		}
	}
	return idx
}

type Dollars float64

func (d Dollars) String() string { return fmt.Sprintf("$%.2f", float64(d)) }

type Frame struct {
	City Column[string]
	Pop  Column[int]
	GDP  Column[Dollars]
}

func (f Frame) Take(idx []int) Frame {
	return Frame{f.City.Take(idx), f.Pop.Take(idx), f.GDP.Take(idx)}
}

func (f Frame) Print(title string) {
	fmt.Println("==", title)
	fmt.Printf("%-10s %10s %14s %12s\n", f.City.Name, f.Pop.Name, f.GDP.Name, "per-capita")
	perCap := Derive(f.GDP, "pc", func(d Dollars) Dollars { return d })
	for i := range f.City.Len() {
		perCap.Data[i] = f.GDP.Data[i] * 1e6 / Dollars(f.Pop.Data[i])
		fmt.Printf("%-10s %10d %14v %12v\n", f.City.Data[i], f.Pop.Data[i], f.GDP.Data[i], perCap.Data[i])
	}
}

func main() {
	f := Frame{
		City: Column[string]{"city", []string{"Lyon", "Porto", "Graz", "Bergen", "Malmö", "Brno"}},
		Pop:  Column[int]{"pop", []int{522000, 232000, 291000, 286000, 351000, 380000}},
		GDP:  Column[Dollars]{"gdp_musd", []Dollars{78500.5, 19800, 22000.25, 24500, 27800, 21000}},
	}
	f.Print("raw")
	f.Take(ArgSort(f.Pop, true)).Print("by population desc")
	f.Take(ArgSort(f.City, false)).Print("by name")

	big := Where(f.Pop, func(p int) bool { return p > 300000 })
	f.Take(big).Print("pop > 300k")

	upper := Derive(f.City, "CITY", strings.ToUpper)
	lens := Derive(upper, "len", func(s string) int { return len([]rune(s)) })
	fmt.Println(upper.Name, upper.Data)
	fmt.Println(lens.Name, lens.Data, "argsort:", ArgSort(lens, false))
	total := Dollars(0)
	for _, g := range f.GDP.Data {
		total += g
	}
	fmt.Println("total gdp:", total)
}
