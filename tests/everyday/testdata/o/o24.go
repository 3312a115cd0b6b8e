package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Notifier interface {
	Notify(to, msg string)
}

type Outbox struct{ msgs []string }

func (o *Outbox) Notify(to, msg string) { o.msgs = append(o.msgs, to+" <- "+msg) }

type Audit struct{ entries []string }

func (a *Audit) Record(format string, args ...any) {
	a.entries = append(a.entries, fmt.Sprintf(format, args...))
}

// Library embeds both a Notifier interface and *Audit; their methods are promoted.
type Library struct {
	Notifier
	*Audit
	day      int
	books    map[string]*Book
	loans    map[string]string // isbn -> member
	waitlist map[string][]string
}

type Book struct {
	ISBN, Title string
	Due         int
}

var (
	ErrUnknownBook = errors.New("unknown book")
	ErrOnLoan      = errors.New("already on loan")
	ErrNotBorrower = errors.New("not the borrower")
)

type LateError struct {
	ISBN     string
	DaysLate int
}

func (e LateError) Error() string {
	return fmt.Sprintf("%s returned %d day(s) late", e.ISBN, e.DaysLate)
}
func (e LateError) Fine() int { return e.DaysLate * 25 }

func (l *Library) Checkout(member, isbn string) error {
	b, ok := l.books[isbn]
	if !ok {
		return fmt.Errorf("checkout %s: %w", isbn, ErrUnknownBook)
	}
	if holder, ok := l.loans[isbn]; ok {
		if !slices.Contains(l.waitlist[isbn], member) && holder != member {
			l.waitlist[isbn] = append(l.waitlist[isbn], member)
		}
		return fmt.Errorf("checkout %q by %s: %w (held by %s)", b.Title, member, ErrOnLoan, holder)
	}
	l.loans[isbn] = member
	b.Due = l.day + 14
	l.Record("day %d: %s borrowed %q due day %d", l.day, member, b.Title, b.Due)
	return nil
}

func (l *Library) Return(member, isbn string) error {
	if l.loans[isbn] != member {
		return fmt.Errorf("return %s by %s: %w", isbn, member, ErrNotBorrower)
	}
	b := l.books[isbn]
	delete(l.loans, isbn)
	l.Record("day %d: %s returned %q", l.day, member, b.Title)
	if q := l.waitlist[isbn]; len(q) > 0 {
		l.Notify(q[0], fmt.Sprintf("%q is available", b.Title))
		l.waitlist[isbn] = q[1:]
	}
	if late := l.day - b.Due; late > 0 {
		return LateError{isbn, late}
	}
	return nil
}

func main() {
	out := &Outbox{}
	lib := &Library{
		Notifier: out, Audit: &Audit{},
		books: map[string]*Book{
			"111": {ISBN: "111", Title: "Dune"},
			"222": {ISBN: "222", Title: "Neuromancer"},
		},
		loans: map[string]string{}, waitlist: map[string][]string{},
	}
	type op struct {
		day    int
		kind   string
		member string
		isbn   string
	}
	ops := []op{
		{1, "out", "ann", "111"}, {2, "out", "ben", "111"}, {3, "out", "cat", "111"},
		{3, "out", "ben", "222"}, {4, "out", "ann", "999"}, {10, "ret", "ben", "111"},
		{12, "ret", "ann", "111"}, {13, "out", "ben", "111"}, {20, "ret", "ben", "222"},
		{30, "ret", "ben", "111"},
	}
	fines := map[string]int{}
	for _, o := range ops {
		lib.day = o.day
		var err error
		if o.kind == "out" {
			err = lib.Checkout(o.member, o.isbn)
		} else {
			err = lib.Return(o.member, o.isbn)
		}
		var le LateError
		switch {
		case err == nil:
		case errors.As(err, &le):
			fines[o.member] += le.Fine()
			fmt.Printf("day %2d FINE  %v -> %d cents\n", o.day, err, le.Fine())
		default:
			fmt.Printf("day %2d ERROR %v\n", o.day, err)
		}
	}
	fmt.Println("audit:")
	for _, e := range lib.entries { // promoted field from *Audit
		fmt.Println("  " + e)
	}
	fmt.Println("notifications:")
	for _, m := range out.msgs {
		fmt.Println("  " + m)
	}
	names := make([]string, 0, len(fines))
	for n := range fines {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Printf("fine %s: %d\n", n, fines[n])
	}
	fmt.Println("waitlist 111:", strings.Join(lib.waitlist["111"], ","), "| loans:", len(lib.loans))
}
