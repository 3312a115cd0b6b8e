package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%.2f", float64(c)/100) }

type PaymentMethod interface {
	Charge(amount Cents) (Receipt, error)
	Kind() string
}

type Refunder interface {
	Refund(r Receipt) error
}

type Receipt struct {
	Ref    string
	Amount Cents
	Fee    Cents
}

var (
	ErrDeclined = errors.New("declined")
	ErrLimit    = errors.New("over limit")
)

type CardError struct {
	Last4 string
	Code  int
	Err   error
}

func (e *CardError) Error() string {
	return fmt.Sprintf("card *%s code %d: %v", e.Last4, e.Code, e.Err)
}
func (e *CardError) Unwrap() error { return e.Err }

type base struct {
	seq    int
	prefix string
}

func (b *base) nextRef() string { b.seq++; return fmt.Sprintf("%s-%03d", b.prefix, b.seq) }

type Card struct {
	base
	Last4   string
	Limit   Cents
	Used    Cents
	Blocked bool
}

func (c *Card) Kind() string { return "card" }
func (c *Card) Charge(a Cents) (Receipt, error) {
	if c.Blocked {
		return Receipt{}, &CardError{c.Last4, 05, ErrDeclined}
	}
	if c.Used+a > c.Limit {
		return Receipt{}, &CardError{c.Last4, 51, ErrLimit}
	}
	c.Used += a
	return Receipt{c.nextRef(), a, a * 3 / 100}, nil
}
func (c *Card) Refund(r Receipt) error { c.Used -= r.Amount; return nil }

type Wallet struct {
	base
	Owner   string
	Balance Cents
}

func (w *Wallet) Kind() string { return "wallet" }
func (w *Wallet) Charge(a Cents) (Receipt, error) {
	if a > w.Balance {
		return Receipt{}, fmt.Errorf("wallet %s: need %v have %v: %w", w.Owner, a, w.Balance, ErrDeclined)
	}
	w.Balance -= a
	return Receipt{w.nextRef(), a, 0}, nil
}

type Voucher struct {
	Code  string
	Value Cents
	used  bool
}

func (v *Voucher) Kind() string { return "voucher" }
func (v *Voucher) Charge(a Cents) (Receipt, error) {
	if v.used || a > v.Value {
		return Receipt{}, fmt.Errorf("voucher %s: %w", v.Code, ErrDeclined)
	}
	v.used = true
	return Receipt{"V-" + v.Code, a, 0}, nil
}

// Pay tries each method in order, collecting failures.
func Pay(amount Cents, methods ...PaymentMethod) (Receipt, PaymentMethod, error) {
	var errs []error
	for _, m := range methods {
		r, err := m.Charge(amount)
		if err == nil {
			return r, m, nil
		}
		errs = append(errs, err)
	}
	return Receipt{}, nil, fmt.Errorf("all %d methods failed: %w", len(methods), errors.Join(errs...))
}

func main() {
	card := &Card{base: base{prefix: "CARD"}, Last4: "4242", Limit: 10000}
	blocked := &Card{base: base{prefix: "CARD"}, Last4: "0000", Limit: 99999, Blocked: true}
	wallet := &Wallet{base: base{prefix: "WAL"}, Owner: "kim", Balance: 2500}
	voucher := &Voucher{Code: "WELCOME", Value: 1500}

	orders := []Cents{1200, 8000, 4000, 2000, 999, 50000}
	var receipts []Receipt
	for i, amt := range orders {
		r, m, err := Pay(amt, voucher, wallet, blocked, card)
		if err != nil {
			var ce *CardError
			fmt.Printf("order %d %v FAILED limit=%v declined=%v\n", i+1, amt, errors.Is(err, ErrLimit), errors.Is(err, ErrDeclined))
			if errors.As(err, &ce) {
				fmt.Printf("   first card error: *%s code=%02d\n", ce.Last4, ce.Code)
			}
			for line := range strings.SplitSeq(err.Error(), "\n") {
				fmt.Println("   >", line)
			}
			continue
		}
		receipts = append(receipts, r)
		fmt.Printf("order %d %v paid by %-7s ref=%s fee=%v\n", i+1, amt, m.Kind(), r.Ref, r.Fee)
	}
	fmt.Printf("card used %v of %v; wallet left %v\n", card.Used, card.Limit, wallet.Balance)
	var pm PaymentMethod = card
	if rf, ok := pm.(Refunder); ok {
		for _, r := range receipts {
			if strings.HasPrefix(r.Ref, "CARD") {
				fmt.Println("refunded", r.Ref, r.Amount, rf.Refund(r))
			}
		}
	}
	_, canRefund := PaymentMethod(wallet).(Refunder)
	fmt.Printf("card used after refunds %v; wallet refundable=%v\n", card.Used, canRefund)
}
