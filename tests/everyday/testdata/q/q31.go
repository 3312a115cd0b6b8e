// q31: order-preserving bounded parallel map: results are written by index, so no sort is needed.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// ParallelMap applies f to every element with at most `limit` goroutines in flight.
// Output order matches input order. The first error (by index) is returned.
func ParallelMap[T, U any](ctx context.Context, in []T, limit int, f func(context.Context, T) (U, error)) ([]U, error) {
	out := make([]U, len(in))
	errs := make([]error, len(in))
	sem := make(chan struct{}, max(1, limit))
	var wg sync.WaitGroup
	for i, v := range in {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			continue
		}
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			out[i], errs[i] = f(ctx, v)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return out, fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

type Address struct {
	Raw     string
	Street  string
	City    string
	Zip     string
	Country string
}

var ErrNoZip = errors.New("missing postal code")

type Geocoder struct {
	countries map[string]string
}

func (g Geocoder) Normalize(_ context.Context, raw string) (Address, error) {
	parts := strings.Split(raw, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	if len(parts) < 4 {
		return Address{Raw: raw}, fmt.Errorf("%q: %w", raw, ErrNoZip)
	}
	cc := g.countries[strings.ToLower(parts[3])]
	if cc == "" {
		cc = "??"
	}
	return Address{
		Raw: raw, Street: titleCase(parts[0]),
		City: strings.ToUpper(parts[1]), Zip: strings.ReplaceAll(parts[2], " ", ""), Country: cc,
	}, nil
}

func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func main() {
	geo := Geocoder{countries: map[string]string{"netherlands": "NL", "germany": "DE", "france": "FR", "nl": "NL"}}
	raws := []string{
		"12 KEIZERSGRACHT, amsterdam, 1015 CX, Netherlands",
		"4 unter den linden, berlin, 10117, Germany",
		"8 rue de rivoli, paris, 75004, France",
		"1 main street, springfield, 12345, Narnia",
		"99 coolsingel, rotterdam, 3011 AD, nl",
		"22 hauptstrasse, munich, 80331, germany",
	}
	ctx := context.Background()
	addrs, err := ParallelMap(ctx, raws, 3, geo.Normalize)
	fmt.Println("batch 1 error:", err)
	for i, a := range addrs {
		fmt.Printf("%d. %-20s %-12s %-7s %s\n", i+1, a.Street, a.City, a.Zip, a.Country)
	}

	bad := append(raws[:2:2], "no zip here, utrecht", "5 dam, amsterdam, 1012 JS, netherlands", "broken")
	addrs, err = ParallelMap(ctx, bad, 2, geo.Normalize)
	fmt.Println("batch 2 error:", err)
	fmt.Println("batch 2 is ErrNoZip:", errors.Is(err, ErrNoZip))
	for i, a := range addrs {
		status := "ok"
		if a.Zip == "" {
			status = "failed"
		}
		fmt.Printf("  [%d] %-6s %s\n", i, status, a.Raw)
	}

	lengths, _ := ParallelMap(ctx, []string{"alpha", "beta", "gamma", "delta", "epsilon"}, 2,
		func(_ context.Context, s string) (int, error) { return len(s), nil })
	fmt.Println("lengths:", lengths)

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = ParallelMap(cctx, []int{1, 2, 3}, 2, func(_ context.Context, n int) (int, error) { return n * n, nil })
	fmt.Println("cancelled batch:", err, "| canceled:", errors.Is(err, context.Canceled))
}
