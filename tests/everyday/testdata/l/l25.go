package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Result carries either a value or an error, useful for batch pipelines.
type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) IsOk() bool { return r.Err == nil }

func (r Result[T]) UnwrapOr(def T) T {
	if r.Err != nil {
		return def
	}
	return r.Val
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

// Map must be a function: methods cannot introduce new type parameters.
func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Ok(f(r.Val))
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Try(f(r.Val))
}

func Collect[T any](rs []Result[T]) ([]T, error) {
	vals := make([]T, 0, len(rs))
	var errs []error
	for i, r := range rs {
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", i, r.Err))
			continue
		}
		vals = append(vals, r.Val)
	}
	return vals, errors.Join(errs...)
}

var ErrNegative = errors.New("negative quantity")

type LineItem struct {
	SKU   string
	Qty   int
	Cents int
}

func parseLine(line string) Result[LineItem] {
	f := strings.Split(line, ";")
	if len(f) != 3 {
		return Fail[LineItem](fmt.Errorf("want 3 fields, got %d", len(f)))
	}
	qty := Then(Ok(f[1]), strconv.Atoi)
	qty = Then(qty, func(q int) (int, error) {
		if q < 0 {
			return 0, ErrNegative
		}
		return q, nil
	})
	price := Then(Ok(f[2]), func(s string) (float64, error) { return strconv.ParseFloat(s, 64) })
	if !qty.IsOk() {
		return Fail[LineItem](qty.Err)
	}
	return Map(price, func(p float64) LineItem {
		return LineItem{f[0], qty.Val, int(p*100 + 0.5)}
	})
}

func main() {
	lines := []string{
		"APPLE;3;0.45",
		"PEAR;x;0.60",
		"MILK;1;1.29",
		"BROKEN",
		"EGGS;-2;2.10",
		"BREAD;2;2.5z",
		"CHEESE;1;7.99",
	}
	results := make([]Result[LineItem], len(lines))
	for i, l := range lines {
		results[i] = parseLine(l)
		fmt.Printf("%-14s %v\n", l, results[i])
	}

	totals := make([]Result[int], len(results))
	for i, r := range results {
		totals[i] = Map(r, func(li LineItem) int { return li.Qty * li.Cents })
	}
	sum := 0
	for _, t := range totals {
		sum += t.UnwrapOr(0)
	}
	fmt.Printf("subtotal of valid lines: $%d.%02d\n", sum/100, sum%100)

	items, err := Collect(results)
	fmt.Printf("collected %d items\n", len(items))
	if err != nil {
		fmt.Println(err)
		fmt.Println("has negative:", errors.Is(err, ErrNegative))
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("first NumError: func=%s num=%q\n", ne.Func, ne.Num)
		}
	}
}
