// A generic Result type used to validate and price shipping requests step by step.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]        { return Result[T]{val: v} }
func Err[T any](err error) Result[T] { return Result[T]{err: err} }
func From[T any](v T, err error) Result[T] {
	if err != nil {
		return Err[T](err)
	}
	return Ok(v)
}

func (r Result[T]) IsOk() bool         { return r.err == nil }
func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }
func (r Result[T]) Or(fallback T) T {
	if r.err != nil {
		return fallback
	}
	return r.val
}

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

// Methods cannot introduce type parameters, so the combinators are functions.
func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Ok(f(r.val))
}

func AndThen[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return f(r.val)
}

func Context[T any](r Result[T], msg string) Result[T] {
	if r.err != nil {
		return Err[T](fmt.Errorf("%s: %w", msg, r.err))
	}
	return r
}

var (
	ErrNoRoute    = errors.New("no route")
	ErrOverweight = errors.New("overweight")
)

type Parcel struct {
	From, To string
	Grams    int
}

type Quote struct {
	Parcel
	Zone  int
	Cents int
}

var zones = map[[2]string]int{
	{"NL", "NL"}: 1, {"NL", "DE"}: 2, {"NL", "FR"}: 2, {"NL", "US"}: 4, {"DE", "FR"}: 2,
}

func parseParcel(line string) Result[Parcel] {
	parts := strings.Split(line, "|")
	if len(parts) != 3 {
		return Err[Parcel](fmt.Errorf("expected 3 fields, got %d", len(parts)))
	}
	grams := Context(From(strconv.Atoi(strings.TrimSpace(parts[2]))), "weight")
	return Map(grams, func(g int) Parcel {
		return Parcel{strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), g}
	})
}

func checkWeight(p Parcel) Result[Parcel] {
	if p.Grams > 30_000 {
		return Err[Parcel](fmt.Errorf("%d g: %w", p.Grams, ErrOverweight))
	}
	if p.Grams <= 0 {
		return Err[Parcel](fmt.Errorf("non-positive weight %d", p.Grams))
	}
	return Ok(p)
}

func findZone(p Parcel) Result[Quote] {
	z, ok := zones[[2]string{p.From, p.To}]
	if !ok {
		return Err[Quote](fmt.Errorf("%s→%s: %w", p.From, p.To, ErrNoRoute))
	}
	return Ok(Quote{Parcel: p, Zone: z})
}

func price(q Quote) Quote {
	base := []int{0, 495, 895, 1450, 2900}[q.Zone]
	perKg := 60 * q.Zone
	kg := (q.Grams + 999) / 1000
	q.Cents = base + kg*perKg
	return q
}

func main() {
	input := []string{
		"NL|DE|2500",
		"NL|NL|400",
		"NL|US|12000",
		"DE|FR|31000",
		"FR|NL|1000",
		"NL|FR|two kilos",
		"NL|DE",
		"NL|FR|0",
		"DE|FR|29999",
	}
	var revenue int
	var failures []error
	for i, line := range input {
		r := AndThen(AndThen(parseParcel(line), checkWeight), findZone)
		quoted := Map(r, price)
		q, err := quoted.Unwrap()
		if err != nil {
			failures = append(failures, fmt.Errorf("line %d: %w", i+1, err))
			fmt.Printf("%-18s -> %v\n", line, quoted)
			continue
		}
		revenue += q.Cents
		fmt.Printf("%-18s -> zone %d, %5d g, €%3d.%02d\n", line, q.Zone, q.Grams, q.Cents/100, q.Cents%100)
	}
	fmt.Printf("\nquoted revenue: €%d.%02d from %d of %d parcels\n", revenue/100, revenue%100, len(input)-len(failures), len(input))

	all := errors.Join(failures...)
	fmt.Println("any overweight:", errors.Is(all, ErrOverweight))
	fmt.Println("any unroutable:", errors.Is(all, ErrNoRoute))
	var numErr *strconv.NumError
	if errors.As(all, &numErr) {
		fmt.Printf("bad number %q (func %s)\n", numErr.Num, numErr.Func)
	}

	// Or gives a fallback, and labels can be derived with Map.
	labels := []Result[string]{
		Map(Map(parseParcel("NL|DE|800"), price0), label),
		Map(Map(parseParcel("NL|DE|x"), price0), label),
	}
	for _, l := range labels {
		fmt.Println("label:", l.Or("<manual handling>"), "ok:", l.IsOk())
	}
}

func price0(p Parcel) Quote { return price(Quote{Parcel: p, Zone: 2}) }
func label(q Quote) string  { return fmt.Sprintf("%s-%s-%dg-%dc", q.From, q.To, q.Grams, q.Cents) }
