// A double-entry ledger that validates transfer batches and reports every
// problem at once with errors.Join, inspected with errors.Is and errors.AsType.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type AccountID string

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

var (
	ErrUnknownAccount = errors.New("unknown account")
	ErrFrozen         = errors.New("account frozen")
	ErrInvalidAmount  = errors.New("invalid amount")
)

type InsufficientFundsError struct {
	Account   AccountID
	Balance   Money
	Requested Money
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("insufficient funds in %s: balance %v, requested %v", e.Account, e.Balance, e.Requested)
}

type TransferError struct {
	Index int
	Err   error
}

func (e *TransferError) Error() string { return fmt.Sprintf("transfer #%d: %v", e.Index, e.Err) }
func (e *TransferError) Unwrap() error { return e.Err }

type Transfer struct {
	From, To AccountID
	Amount   Money
	Memo     string
}

type Ledger struct {
	balances map[AccountID]Money
	frozen   map[AccountID]bool
	journal  []string
}

func (l *Ledger) check(t Transfer, pending map[AccountID]Money) error {
	var errs []error
	for _, id := range []AccountID{t.From, t.To} {
		if _, ok := l.balances[id]; !ok {
			errs = append(errs, fmt.Errorf("%w: %q", ErrUnknownAccount, id))
		} else if l.frozen[id] {
			errs = append(errs, fmt.Errorf("%w: %s", ErrFrozen, id))
		}
	}
	if t.Amount <= 0 {
		errs = append(errs, fmt.Errorf("%w: %v", ErrInvalidAmount, t.Amount))
	}
	if len(errs) == 0 {
		if avail := l.balances[t.From] + pending[t.From]; avail < t.Amount {
			errs = append(errs, &InsufficientFundsError{t.From, avail, t.Amount})
		}
	}
	return errors.Join(errs...)
}

// ApplyBatch is all-or-nothing: either every transfer is valid or none is applied.
func (l *Ledger) ApplyBatch(batch []Transfer) error {
	pending := map[AccountID]Money{}
	var errs []error
	for i, t := range batch {
		if err := l.check(t, pending); err != nil {
			errs = append(errs, &TransferError{i + 1, err})
			continue
		}
		pending[t.From] -= t.Amount
		pending[t.To] += t.Amount
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("batch rejected: %w", err)
	}
	for id, delta := range pending {
		l.balances[id] += delta
	}
	for _, t := range batch {
		l.journal = append(l.journal, fmt.Sprintf("%s -> %s %v %q", t.From, t.To, t.Amount, t.Memo))
	}
	return nil
}

func (l *Ledger) Print() {
	ids := make([]AccountID, 0, len(l.balances))
	var total Money
	for id, b := range l.balances {
		ids = append(ids, id)
		total += b
	}
	slices.Sort(ids)
	for _, id := range ids {
		flag := ""
		if l.frozen[id] {
			flag = " (frozen)"
		}
		fmt.Printf("  %-8s %10v%s\n", id, l.balances[id], flag)
	}
	fmt.Printf("  %-8s %10v\n", "total", total)
}

func main() {
	l := &Ledger{
		balances: map[AccountID]Money{"alice": 50_000, "bob": 12_000, "carol": 800, "ops": 1_000_000, "dormant": 3_300},
		frozen:   map[AccountID]bool{"dormant": true},
	}
	fmt.Println("opening balances:")
	l.Print()

	batches := [][]Transfer{
		{
			{"ops", "alice", 25_000, "payroll"},
			{"ops", "bob", 25_000, "payroll"},
			{"bob", "carol", 1_500, "dinner"},
		},
		{
			{"carol", "alice", 2_000, "rent share"},
			{"alice", "mallory", 100, "??"},
			{"dormant", "bob", 300, "sweep"},
			{"bob", "bob", -5, "typo"},
		},
		{
			{"carol", "alice", 2_000, "rent share"},
			{"carol", "bob", 400, "coffee"},
		},
	}
	for i, b := range batches {
		fmt.Printf("\nbatch %d (%d transfers):\n", i+1, len(b))
		err := l.ApplyBatch(b)
		if err == nil {
			fmt.Println("  applied")
			continue
		}
		for line := range strings.SplitSeq(err.Error(), "\n") {
			fmt.Println("  !", line)
		}
		fmt.Printf("  is unknown=%v frozen=%v invalid=%v\n",
			errors.Is(err, ErrUnknownAccount), errors.Is(err, ErrFrozen), errors.Is(err, ErrInvalidAmount))
		if te, ok := errors.AsType[*TransferError](err); ok {
			fmt.Println("  first failing transfer:", te.Index)
		}
		if ife, ok := errors.AsType[*InsufficientFundsError](err); ok {
			fmt.Printf("  short by %v on %s\n", ife.Requested-ife.Balance, ife.Account)
		}
	}

	fmt.Println("\nclosing balances:")
	l.Print()
	fmt.Println("journal:")
	for i, j := range l.journal {
		fmt.Printf("  %d. %s\n", i+1, j)
	}
}
