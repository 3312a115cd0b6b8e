package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// PaymentGateway is the interface our checkout code wants.
type PaymentGateway interface {
	Charge(customer string, cents int64, currency string) (txID string, err error)
}

var ErrDeclined = errors.New("payment declined")

// ---- Vendor A: legacy SDK with float amounts and numeric codes ----

type LegacyPayClient struct{ seq int }

func (c *LegacyPayClient) MakePayment(acct string, amount float64, cur string) (int, int) {
	c.seq++
	if amount > 500 {
		return 0, 51 // insufficient funds
	}
	if cur != "USD" {
		return 0, 12 // unsupported currency
	}
	return 7000 + c.seq, 0
}

type legacyAdapter struct{ client *LegacyPayClient }

func (a legacyAdapter) Charge(customer string, cents int64, currency string) (string, error) {
	id, code := a.client.MakePayment(customer, float64(cents)/100, currency)
	switch code {
	case 0:
		return "LGC-" + strconv.Itoa(id), nil
	case 51:
		return "", fmt.Errorf("legacy code 51: %w", ErrDeclined)
	default:
		return "", fmt.Errorf("legacy code %d", code)
	}
}

// ---- Vendor B: modern API taking a request struct, returning a response ----

type StripeLikeRequest struct {
	AmountMinor int64
	Currency    string
	CustomerRef string
	Metadata    map[string]string
}

type StripeLikeResponse struct {
	ID     string
	Status string
	Reason string
}

type StripeLike struct{}

func (StripeLike) CreateCharge(r StripeLikeRequest) StripeLikeResponse {
	if strings.HasPrefix(r.CustomerRef, "blocked") {
		return StripeLikeResponse{Status: "failed", Reason: "card_declined"}
	}
	return StripeLikeResponse{ID: fmt.Sprintf("ch_%s_%d", strings.ToLower(r.Currency), r.AmountMinor), Status: "succeeded"}
}

type stripeAdapter struct {
	api    StripeLike
	source string
}

func (a stripeAdapter) Charge(customer string, cents int64, currency string) (string, error) {
	resp := a.api.CreateCharge(StripeLikeRequest{
		AmountMinor: cents, Currency: currency, CustomerRef: customer,
		Metadata: map[string]string{"source": a.source},
	})
	if resp.Status != "succeeded" {
		if resp.Reason == "card_declined" {
			return "", fmt.Errorf("stripe-like: %w", ErrDeclined)
		}
		return "", errors.New("stripe-like: " + resp.Reason)
	}
	return resp.ID, nil
}

// ---- Function adapter: any plain func can act as a gateway ----

type GatewayFunc func(customer string, cents int64, currency string) (string, error)

func (f GatewayFunc) Charge(c string, cents int64, cur string) (string, error) {
	return f(c, cents, cur)
}

// ---- Client code works only with PaymentGateway ----

type Checkout struct {
	gateways []PaymentGateway
	names    []string
}

func (co *Checkout) Pay(customer string, cents int64, currency string) {
	fmt.Printf("%s pays %d.%02d %s\n", customer, cents/100, cents%100, currency)
	for i, g := range co.gateways {
		tx, err := g.Charge(customer, cents, currency)
		if err == nil {
			fmt.Printf("  via %-8s -> tx %s\n", co.names[i], tx)
			return
		}
		fmt.Printf("  via %-8s -> %v\n", co.names[i], err)
		if errors.Is(err, ErrDeclined) {
			fmt.Println("  declined: not trying other gateways")
			return
		}
	}
	fmt.Println("  all gateways failed")
}

func main() {
	var voucherBalance = map[string]int64{"eve": 2000}
	voucher := GatewayFunc(func(c string, cents int64, cur string) (string, error) {
		bal, ok := voucherBalance[c]
		if !ok || bal < cents {
			return "", fmt.Errorf("voucher: balance %d < %d", bal, cents)
		}
		voucherBalance[c] -= cents
		return fmt.Sprintf("VCH-%s-%d", c, voucherBalance[c]), nil
	})

	co := &Checkout{
		gateways: []PaymentGateway{voucher, legacyAdapter{&LegacyPayClient{}}, stripeAdapter{source: "web"}},
		names:    []string{"voucher", "legacy", "stripe"},
	}

	co.Pay("eve", 1500, "USD")
	co.Pay("eve", 1500, "USD")
	co.Pay("frank", 4999, "USD")
	co.Pay("gina", 12000, "EUR")
	co.Pay("blocked-hank", 800, "EUR")
	co.Pay("ivan", 75000, "USD")

	var _ PaymentGateway = legacyAdapter{}
	var _ PaymentGateway = stripeAdapter{}
	fmt.Printf("\nadapters satisfy interface: %T, %T, %T\n", co.gateways[0], co.gateways[1], co.gateways[2])
	fmt.Println("remaining voucher balance for eve:", voucherBalance["eve"])
}
