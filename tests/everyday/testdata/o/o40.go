package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Day int // days since the hotel opened

func (d Day) String() string {
	months := []string{"Jan", "Feb", "Mar"}
	return fmt.Sprintf("%s-%02d", months[int(d)/30%3], int(d)%30+1)
}

type Stay struct{ From, To Day } // half-open [From, To)

func (s Stay) Nights() int          { return int(s.To - s.From) }
func (s Stay) Overlaps(o Stay) bool { return s.From < o.To && o.From < s.To }
func (s Stay) String() string       { return fmt.Sprintf("%v..%v", s.From, s.To) }

type RoomKind int

const (
	Single RoomKind = iota
	Double
	Suite
)

func (k RoomKind) String() string { return [...]string{"single", "double", "suite"}[k] }

type Room struct {
	Number int
	Kind   RoomKind
	Rate   int
	Beds   int
}

type Booking struct {
	ID    int
	Guest string
	Room  int
	Stay
	Guests int
}

type OverlapError struct {
	Room     int
	Existing Booking
}

func (e *OverlapError) Error() string {
	return fmt.Sprintf("room %d taken by %s (#%d, %v)", e.Room, e.Existing.Guest, e.Existing.ID, e.Existing.Stay)
}

var (
	ErrNoRoom    = errors.New("no such room")
	ErrCapacity  = errors.New("too many guests")
	ErrEmptyStay = errors.New("stay must be at least one night")
	ErrNoVacancy = errors.New("no vacancy")
)

type Hotel struct {
	rooms    []Room
	bookings []Booking
	seq      int
}

func (h *Hotel) room(n int) (Room, bool) {
	i, ok := slices.BinarySearchFunc(h.rooms, n, func(r Room, n int) int { return cmp.Compare(r.Number, n) })
	if !ok {
		return Room{}, false
	}
	return h.rooms[i], true
}

func (h *Hotel) Book(guest string, room int, s Stay, guests int) (Booking, error) {
	r, ok := h.room(room)
	switch {
	case !ok:
		return Booking{}, fmt.Errorf("book %d: %w", room, ErrNoRoom)
	case s.Nights() < 1:
		return Booking{}, fmt.Errorf("book %d %v: %w", room, s, ErrEmptyStay)
	case guests > r.Beds:
		return Booking{}, fmt.Errorf("book %d (%v, %d beds) for %d: %w", room, r.Kind, r.Beds, guests, ErrCapacity)
	}
	for _, b := range h.bookings {
		if b.Room == room && b.Overlaps(s) {
			return Booking{}, &OverlapError{room, b}
		}
	}
	h.seq++
	b := Booking{h.seq, guest, room, s, guests}
	h.bookings = append(h.bookings, b)
	return b, nil
}

// BookAny tries every room of a kind and joins the failures.
func (h *Hotel) BookAny(guest string, kind RoomKind, s Stay, guests int) (Booking, error) {
	var errs []error
	for _, r := range h.rooms {
		if r.Kind != kind {
			continue
		}
		b, err := h.Book(guest, r.Number, s, guests)
		if err == nil {
			return b, nil
		}
		errs = append(errs, err)
	}
	return Booking{}, fmt.Errorf("%s wants %v %v: %w: %w", guest, kind, s, ErrNoVacancy, errors.Join(errs...))
}

func main() {
	h := &Hotel{rooms: []Room{{101, Single, 80, 1}, {102, Double, 120, 2}, {103, Double, 120, 2}, {201, Suite, 300, 4}}}
	try := func(b Booking, err error) {
		var oe *OverlapError
		switch {
		case err == nil:
			fmt.Printf("OK   #%d %-5s room %d %v (%d nights)\n", b.ID, b.Guest, b.Room, b.Stay, b.Nights())
		case errors.As(err, &oe) && !errors.Is(err, ErrNoVacancy):
			fmt.Printf("FAIL overlap with #%d: %v\n", oe.Existing.ID, err)
		default:
			fmt.Printf("FAIL %s\n", strings.ReplaceAll(err.Error(), "\n", "; "))
		}
	}
	try(h.Book("ana", 102, Stay{3, 7}, 2))
	try(h.Book("ben", 102, Stay{6, 9}, 1))
	try(h.Book("ben", 102, Stay{7, 9}, 1))
	try(h.Book("cy", 101, Stay{10, 12}, 2))
	try(h.Book("dee", 999, Stay{1, 2}, 1))
	try(h.Book("eli", 201, Stay{28, 33}, 4))
	try(h.Book("fay", 201, Stay{5, 5}, 1))
	try(h.BookAny("gus", Double, Stay{4, 6}, 2))
	try(h.BookAny("hal", Double, Stay{5, 8}, 2))
	try(h.BookAny("ivy", Suite, Stay{30, 31}, 3))

	revenue := map[RoomKind]int{}
	for _, b := range h.bookings {
		r, _ := h.room(b.Room)
		revenue[r.Kind] += r.Rate * b.Nights()
	}
	fmt.Println("revenue by kind:")
	for _, k := range []RoomKind{Single, Double, Suite} {
		fmt.Printf("  %-6v %5d\n", k, revenue[k])
	}
}
