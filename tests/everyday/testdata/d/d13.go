package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Account struct {
	Owner   string
	balance int // cents
	frozen  bool
}

var ErrFrozen = errors.New("account frozen")

func (a *Account) Deposit(c int) error {
	if a.frozen {
		return ErrFrozen
	}
	if c <= 0 {
		return fmt.Errorf("deposit must be positive, got %d", c)
	}
	a.balance += c
	return nil
}

func (a *Account) Withdraw(c int) error {
	if a.frozen {
		return ErrFrozen
	}
	if c > a.balance {
		return fmt.Errorf("insufficient funds: have %d, need %d", a.balance, c)
	}
	a.balance -= c
	return nil
}

func (a *Account) Fee(c int) error {
	a.balance -= c
	return nil
}

func (a *Account) Freeze()   { a.frozen = true }
func (a *Account) Unfreeze() { a.frozen = false }

func (a Account) Balance() string {
	return fmt.Sprintf("%s: $%d.%02d", a.Owner, a.balance/100, a.balance%100)
}

// Method expressions: the receiver becomes the first parameter.
var amountOps = map[string]func(*Account, int) error{
	"deposit":  (*Account).Deposit,
	"withdraw": (*Account).Withdraw,
	"fee":      (*Account).Fee,
}

var flagOps = map[string]func(*Account){
	"freeze":   (*Account).Freeze,
	"unfreeze": (*Account).Unfreeze,
}

func execute(accts map[string]*Account, line string) error {
	f := strings.Fields(line)
	if len(f) < 2 {
		return fmt.Errorf("malformed command %q", line)
	}
	verb, who := f[0], f[1]
	acct, ok := accts[who]
	if !ok {
		return fmt.Errorf("no account %q", who)
	}
	if op, ok := flagOps[verb]; ok {
		op(acct)
		return nil
	}
	op, ok := amountOps[verb]
	if !ok {
		verbs := make([]string, 0, len(amountOps)+len(flagOps))
		for k := range amountOps {
			verbs = append(verbs, k)
		}
		for k := range flagOps {
			verbs = append(verbs, k)
		}
		sort.Strings(verbs)
		return fmt.Errorf("unknown verb %q, want one of %v", verb, verbs)
	}
	if len(f) != 3 {
		return fmt.Errorf("%s needs an amount", verb)
	}
	cents, err := strconv.Atoi(f[2])
	if err != nil {
		return fmt.Errorf("bad amount: %w", err)
	}
	return op(acct, cents)
}

func main() {
	alice := &Account{Owner: "alice"}
	bob := &Account{Owner: "bob"}
	accts := map[string]*Account{"alice": alice, "bob": bob}

	script := []string{
		"deposit alice 10000",
		"deposit bob 2550",
		"withdraw alice 2575",
		"withdraw bob 9999",
		"freeze bob",
		"deposit bob 100",
		"unfreeze bob",
		"deposit bob 100",
		"fee alice 150",
		"transfer alice bob 5",
		"deposit carol 1",
		"deposit alice lots",
		"withdraw",
	}
	for i, line := range script {
		err := execute(accts, line)
		status := "ok"
		if err != nil {
			status = "error: " + err.Error()
			if errors.Is(err, ErrFrozen) {
				status += " (frozen)"
			}
		}
		fmt.Printf("%2d %-22s %s\n", i+1, line, status)
	}

	// Method values: bound to a specific receiver at evaluation time.
	reporters := []func() string{alice.Balance, bob.Balance}
	fmt.Println("\nbalances via method values:")
	for _, r := range reporters {
		fmt.Println("  ", r())
	}

	// Because Balance has a value receiver, the method value copied the
	// account when it was created; later changes are not visible.
	snapshot := alice.Balance
	alice.Deposit(1)
	fmt.Println("\nsnapshot method value:", snapshot())
	fmt.Println("fresh call:          ", alice.Balance())

	// A pointer-receiver method value stays live.
	payBob := bob.Deposit
	for _, amt := range []int{5, 10, 15} {
		payBob(amt)
	}
	fmt.Println("after payBob x3:     ", bob.Balance())

	// Method expression on the value type works for any Account.
	balanceOf := Account.Balance
	fmt.Println("method expression:   ", balanceOf(Account{Owner: "temp", balance: 4242}))
}
