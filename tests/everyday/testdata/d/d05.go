package main

import (
	"fmt"
	"math"
	"strings"
)

type Parcel struct {
	ID          string
	WeightKg    float64
	LengthCm    float64
	WidthCm     float64
	HeightCm    float64
	Destination string // "domestic" or "international"
}

func (p Parcel) VolumetricKg() float64 {
	return p.LengthCm * p.WidthCm * p.HeightCm / 5000
}

// ShippingStrategy computes a quote for a parcel.
type ShippingStrategy interface {
	Name() string
	Quote(p Parcel) (float64, error)
}

type FlatRate struct{ Price float64 }

func (f FlatRate) Name() string { return "flat" }
func (f FlatRate) Quote(p Parcel) (float64, error) {
	if p.WeightKg > 20 {
		return 0, fmt.Errorf("flat rate limited to 20kg, parcel is %.1fkg", p.WeightKg)
	}
	return f.Price, nil
}

type ByWeight struct {
	Base, PerKg float64
}

func (w ByWeight) Name() string { return "by-weight" }
func (w ByWeight) Quote(p Parcel) (float64, error) {
	billable := math.Max(p.WeightKg, p.VolumetricKg())
	return w.Base + math.Ceil(billable)*w.PerKg, nil
}

type Express struct {
	Inner      ShippingStrategy
	Multiplier float64
}

func (e Express) Name() string { return "express(" + e.Inner.Name() + ")" }
func (e Express) Quote(p Parcel) (float64, error) {
	q, err := e.Inner.Quote(p)
	if err != nil {
		return 0, fmt.Errorf("express: %w", err)
	}
	return q * e.Multiplier, nil
}

type International struct {
	Domestic ShippingStrategy
	Customs  float64
}

func (i International) Name() string { return "intl(" + i.Domestic.Name() + ")" }
func (i International) Quote(p Parcel) (float64, error) {
	q, err := i.Domestic.Quote(p)
	if err != nil {
		return 0, err
	}
	if p.Destination == "international" {
		q += i.Customs
	}
	return q, nil
}

// Checkout depends only on the strategy interface.
type Checkout struct {
	strategy ShippingStrategy
}

func (c *Checkout) SetStrategy(s ShippingStrategy) { c.strategy = s }

func (c *Checkout) Cheapest(p Parcel, options []ShippingStrategy) (ShippingStrategy, float64) {
	var best ShippingStrategy
	bestPrice := math.Inf(1)
	for _, s := range options {
		q, err := s.Quote(p)
		if err != nil {
			continue
		}
		if q < bestPrice {
			best, bestPrice = s, q
		}
	}
	return best, bestPrice
}

func main() {
	parcels := []Parcel{
		{"P1", 1.2, 30, 20, 10, "domestic"},
		{"P2", 4.0, 60, 40, 40, "domestic"},
		{"P3", 25.0, 50, 50, 50, "international"},
		{"P4", 0.4, 15, 10, 5, "international"},
	}
	strategies := []ShippingStrategy{
		FlatRate{Price: 12},
		ByWeight{Base: 3, PerKg: 1.75},
		Express{Inner: ByWeight{Base: 3, PerKg: 1.75}, Multiplier: 1.8},
		International{Domestic: FlatRate{Price: 12}, Customs: 9.5},
		Express{Inner: International{Domestic: FlatRate{Price: 12}, Customs: 9.5}, Multiplier: 1.5},
	}

	fmt.Printf("%-5s", "")
	for _, s := range strategies {
		fmt.Printf(" %22s", s.Name())
	}
	fmt.Println()
	fmt.Println(strings.Repeat("-", 5+23*len(strategies)))

	for _, p := range parcels {
		fmt.Printf("%-5s", p.ID)
		for _, s := range strategies {
			q, err := s.Quote(p)
			if err != nil {
				fmt.Printf(" %22s", "n/a")
				continue
			}
			fmt.Printf(" %22.2f", q)
		}
		fmt.Printf("   vol=%.2fkg\n", p.VolumetricKg())
	}

	fmt.Println()
	co := &Checkout{}
	for _, p := range parcels {
		s, price := co.Cheapest(p, strategies)
		co.SetStrategy(s)
		fmt.Printf("%s (%s, %.1fkg): cheapest is %s at %.2f\n", p.ID, p.Destination, p.WeightKg, co.strategy.Name(), price)
	}

	fmt.Println()
	for _, s := range strategies {
		if _, err := s.Quote(parcels[2]); err != nil {
			fmt.Printf("%s rejected P3: %v\n", s.Name(), err)
		}
	}
}
