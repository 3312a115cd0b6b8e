// Multi-currency ledger with integer minor units, exact FX via big.Rat and formatted statements.
package main

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
)

type Currency struct {
	Code     string
	Decimals int
	Symbol   string
}

var currencies = map[string]Currency{
	"EUR": {"EUR", 2, "€"},
	"USD": {"USD", 2, "$"},
	"JPY": {"JPY", 0, "¥"},
	"KWD": {"KWD", 3, "KD"},
}

// rates to EUR as exact decimal strings
var toEUR = map[string]string{"EUR": "1", "USD": "0.9215", "JPY": "0.006125", "KWD": "2.9987"}

type Money struct {
	Minor int64
	Cur   Currency
}

func ParseMoney(s, code string) (Money, error) {
	c, ok := currencies[code]
	if !ok {
		return Money{}, fmt.Errorf("unknown currency %q", code)
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return Money{}, fmt.Errorf("bad amount %q", s)
	}
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(c.Decimals)), nil))
	r.Mul(r, scale)
	if !r.IsInt() {
		return Money{}, fmt.Errorf("%s has more than %d decimals for %s", s, c.Decimals, code)
	}
	return Money{r.Num().Int64(), c}, nil
}

func groupThousands(s string) string {
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	return strings.Join(append([]string{s}, out...), ",")
}

func (m Money) String() string {
	neg := m.Minor < 0
	v := m.Minor
	if neg {
		v = -v
	}
	div := int64(1)
	for i := 0; i < m.Cur.Decimals; i++ {
		div *= 10
	}
	s := m.Cur.Symbol + groupThousands(fmt.Sprint(v/div))
	if m.Cur.Decimals > 0 {
		s += fmt.Sprintf(".%0*d", m.Cur.Decimals, v%div)
	}
	if neg {
		s = "-" + s
	}
	return s
}

// ConvertEUR converts to EUR cents, rounding half away from zero.
func (m Money) ConvertEUR() Money {
	rate, _ := new(big.Rat).SetString(toEUR[m.Cur.Code])
	amt := new(big.Rat).SetFrac64(m.Minor, 1)
	for i := 0; i < m.Cur.Decimals; i++ {
		amt.Quo(amt, big.NewRat(10, 1))
	}
	amt.Mul(amt, rate)
	amt.Mul(amt, big.NewRat(100, 1))
	f := amt.FloatString(0) // rounds half away from zero
	var cents int64
	fmt.Sscan(f, &cents)
	return Money{cents, currencies["EUR"]}
}

type Entry struct {
	Date, Memo string
	Amount     Money
}

var ErrCurrency = errors.New("currency mismatch")

func main() {
	raw := []struct{ date, memo, amount, cur string }{
		{"2024-03-01", "Opening balance", "12500.00", "EUR"},
		{"2024-03-03", "Client invoice #881", "4200.50", "USD"},
		{"2024-03-05", "Tokyo hotel", "-87450", "JPY"},
		{"2024-03-07", "Kuwait consulting", "1250.125", "KWD"},
		{"2024-03-08", "Bad precision", "10.005", "USD"},
		{"2024-03-09", "SaaS subscriptions", "-1299.99", "USD"},
		{"2024-03-10", "Unknown", "5", "GBP"},
		{"2024-03-12", "Office rent", "-3100", "EUR"},
		{"2024-03-15", "Refund", "0.01", "EUR"},
	}
	var entries []Entry
	for _, r := range raw {
		m, err := ParseMoney(r.amount, r.cur)
		if err != nil {
			fmt.Printf("rejected %s %-20s %v\n", r.date, r.memo, err)
			continue
		}
		entries = append(entries, Entry{r.date, r.memo, m})
	}

	fmt.Printf("\n%-10s  %-20s %16s %14s %14s\n", "date", "memo", "original", "EUR", "balance")
	var bal int64
	perCur := map[string]int64{}
	for _, e := range entries {
		eur := e.Amount.ConvertEUR()
		bal += eur.Minor
		perCur[e.Amount.Cur.Code] += e.Amount.Minor
		fmt.Printf("%-10s  %-20s %16s %14s %14s\n", e.Date, e.Memo, e.Amount, eur, Money{bal, currencies["EUR"]})
	}

	fmt.Println("\nNet movement per currency:")
	codes := make([]string, 0, len(perCur))
	for c := range perCur {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		m := Money{perCur[c], currencies[c]}
		fmt.Printf("  %s %14s  = %12s\n", c, m, m.ConvertEUR())
	}

	a, _ := ParseMoney("10", "USD")
	b, _ := ParseMoney("10", "EUR")
	if a.Cur != b.Cur {
		err := fmt.Errorf("add %v + %v: %w", a, b, ErrCurrency)
		fmt.Println("\n" + err.Error())
	}
	tenth := 0.1
	fmt.Println("float64 trap: 0.1*3 =", tenth*3, "vs exact", new(big.Rat).Mul(big.NewRat(1, 10), big.NewRat(3, 1)).FloatString(2))
}
