package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Event is one entry of an append-only log; hotel state is rebuilt by replaying it.
type Event interface{ Apply(h *Hotel) error }

type Booked struct {
	ID, Guest      string
	Room, From, To int // nights [From, To)
}
type Cancelled struct{ ID string }
type CheckedIn struct{ ID string }
type RoomClosed struct{ Room, From, To int }

type Reservation struct {
	Booked
	Status string
}

type Hotel struct {
	Rooms   []int
	res     map[string]*Reservation
	closed  map[int][][2]int
	applied int
}

var (
	ErrConflict = errors.New("room unavailable")
	ErrNoRes    = errors.New("no such reservation")
	ErrState    = errors.New("invalid status transition")
)

func overlaps(a1, a2, b1, b2 int) bool { return a1 < b2 && b1 < a2 }

func (h *Hotel) free(room, from, to int) bool {
	for _, r := range h.res {
		if r.Room == room && r.Status != "cancelled" && overlaps(from, to, r.From, r.To) {
			return false
		}
	}
	for _, c := range h.closed[room] {
		if overlaps(from, to, c[0], c[1]) {
			return false
		}
	}
	return slices.Contains(h.Rooms, room)
}

func (e Booked) Apply(h *Hotel) error {
	if e.To <= e.From || !h.free(e.Room, e.From, e.To) {
		return fmt.Errorf("book %s room %d nights %d-%d: %w", e.ID, e.Room, e.From, e.To, ErrConflict)
	}
	h.res[e.ID] = &Reservation{Booked: e, Status: "booked"}
	return nil
}

// transition moves a booked reservation to a new status.
func transition(h *Hotel, id, verb, to string) error {
	r, ok := h.res[id]
	if !ok {
		return fmt.Errorf("%s %s: %w", verb, id, ErrNoRes)
	}
	if r.Status != "booked" {
		return fmt.Errorf("%s %s from %s: %w", verb, id, r.Status, ErrState)
	}
	r.Status = to
	return nil
}

func (e Cancelled) Apply(h *Hotel) error { return transition(h, e.ID, "cancel", "cancelled") }
func (e CheckedIn) Apply(h *Hotel) error { return transition(h, e.ID, "check-in", "in-house") }

func (e RoomClosed) Apply(h *Hotel) error {
	h.closed[e.Room] = append(h.closed[e.Room], [2]int{e.From, e.To})
	return nil
}

// Replay applies events up to (but excluding) index upto, collecting rejections.
func Replay(log []Event, rooms []int, upto int) (*Hotel, []error) {
	h := &Hotel{Rooms: rooms, res: map[string]*Reservation{}, closed: map[int][][2]int{}}
	var errs []error
	for i, e := range log[:upto] {
		if err := e.Apply(h); err != nil {
			errs = append(errs, fmt.Errorf("event %d: %w", i, err))
			continue
		}
		h.applied++
	}
	return h, errs
}

func (h *Hotel) Grid(nights int) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "room %s\n", "0123456789"[:nights])
	for _, room := range h.Rooms {
		fmt.Fprintf(&sb, "%4d ", room)
		for n := range nights {
			ch := "."
			for _, c := range h.closed[room] {
				if n >= c[0] && n < c[1] {
					ch = "x"
				}
			}
			for _, r := range h.res {
				if r.Room == room && r.Status != "cancelled" && n >= r.From && n < r.To {
					ch = r.Guest[:1]
					if r.Status == "in-house" {
						ch = strings.ToUpper(ch)
					}
				}
			}
			sb.WriteString(ch)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	log := []Event{
		Booked{"r1", "alice", 101, 0, 3}, Booked{"r2", "bob", 102, 1, 5}, Booked{"r3", "carol", 101, 2, 4},
		RoomClosed{103, 0, 2}, Booked{"r4", "dave", 103, 1, 3}, Booked{"r5", "erin", 103, 2, 6},
		CheckedIn{"r1"}, Cancelled{"r2"}, Booked{"r6", "frank", 102, 3, 7}, Cancelled{"r1"},
		CheckedIn{"r9"}, Booked{"r7", "gwen", 104, 0, 2}, Booked{"r8", "hugo", 101, 4, 4},
	}
	rooms := []int{101, 102, 103}
	for _, upto := range []int{6, len(log)} {
		h, errs := Replay(log, rooms, upto)
		fmt.Printf("== after %d events: %d applied, %d rejected\n", upto, h.applied, len(errs))
		for _, err := range errs {
			tag := "other"
			switch {
			case errors.Is(err, ErrConflict):
				tag = "conflict"
			case errors.Is(err, ErrState):
				tag = "state"
			case errors.Is(err, ErrNoRes):
				tag = "missing"
			}
			fmt.Printf("   [%-8s] %v\n", tag, err)
		}
		fmt.Print(h.Grid(8))
	}
}
