package main

import (
	"errors"
	"fmt"
	"strings"
)

type Size int

const (
	Moto Size = iota + 1
	Compact
	Large
)

func (s Size) String() string {
	return map[Size]string{Moto: "moto", Compact: "compact", Large: "large"}[s]
}

type Vehicle struct {
	Plate string
	Size  Size
}

type Spot struct {
	ID       string
	Size     Size
	Occupant *Vehicle
}

type Ticket struct {
	Plate, SpotID string
	In            int
}

type Lot struct {
	spots            []*Spot
	tickets          map[string]Ticket
	revenue, refused int
}

var ErrFull = errors.New("no suitable spot")
var ErrUnknown = errors.New("no ticket for plate")
var ErrDuplicate = errors.New("vehicle already parked")

func NewLot(layout map[Size]int) *Lot {
	lot := &Lot{tickets: map[string]Ticket{}}
	for _, sz := range []Size{Moto, Compact, Large} {
		for i := 1; i <= layout[sz]; i++ {
			lot.spots = append(lot.spots, &Spot{ID: fmt.Sprintf("%c%02d", strings.ToUpper(sz.String())[0], i), Size: sz})
		}
	}
	return lot
}

// Park picks the smallest free spot that fits (best fit).
func (l *Lot) Park(v Vehicle, now int) (*Spot, error) {
	if _, dup := l.tickets[v.Plate]; dup {
		return nil, fmt.Errorf("%s: %w", v.Plate, ErrDuplicate)
	}
	for _, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size {
			s.Occupant = &v
			l.tickets[v.Plate] = Ticket{v.Plate, s.ID, now}
			return s, nil
		}
	}
	l.refused++
	return nil, fmt.Errorf("%s (%v): %w", v.Plate, v.Size, ErrFull)
}

// Fee: first 30 minutes free, then 2 per started hour, larger spots cost more, capped at 20.
func fee(minutes int, spot Size) int {
	if minutes <= 30 {
		return 0
	}
	hours := (minutes + 59) / 60
	return min(20, hours*2*int(spot))
}

func (l *Lot) Leave(plate string, now int) (int, error) {
	t, ok := l.tickets[plate]
	if !ok {
		return 0, fmt.Errorf("%s: %w", plate, ErrUnknown)
	}
	delete(l.tickets, plate)
	for _, s := range l.spots {
		if s.ID == t.SpotID {
			f := fee(now-t.In, s.Size)
			s.Occupant = nil
			l.revenue += f
			return f, nil
		}
	}
	panic("ticket refers to missing spot " + t.SpotID)
}

func (l *Lot) Occupancy() string {
	var sb strings.Builder
	for _, s := range l.spots {
		if s.Occupant == nil {
			sb.WriteByte('_')
		} else {
			sb.WriteString(s.Occupant.Size.String()[:1])
		}
	}
	return sb.String()
}

func main() {
	lot := NewLot(map[Size]int{Moto: 2, Compact: 4, Large: 2})
	type event struct {
		at    int
		plate string
		size  Size // zero means departure
	}
	events := []event{
		{0, "M-1", Moto}, {5, "C-1", Compact}, {8, "L-1", Large}, {10, "M-2", Moto}, {12, "M-3", Moto},
		{15, "C-2", Compact}, {20, "C-3", Compact}, {22, "C-4", Compact}, {25, "L-2", Large}, {26, "C-5", Compact},
		{30, "C-1", Compact}, {45, "M-1", 0}, {50, "C-5", Compact}, {95, "L-1", 0}, {100, "L-3", Large},
		{130, "X-9", 0}, {200, "C-2", 0}, {260, "M-3", 0}, {610, "L-2", 0},
	}
	for _, e := range events {
		var msg string
		if e.size == 0 {
			f, err := lot.Leave(e.plate, e.at)
			if err != nil {
				msg = "error: " + err.Error()
			} else {
				msg = fmt.Sprintf("leaves, pays %d", f)
			}
		} else {
			s, err := lot.Park(Vehicle{e.plate, e.size}, e.at)
			switch {
			case errors.Is(err, ErrFull), errors.Is(err, ErrDuplicate):
				msg = "refused: " + err.Error()
			case err != nil:
				msg = "error: " + err.Error()
			default:
				msg = fmt.Sprintf("parks %-7v in %s", e.size, s.ID)
			}
		}
		fmt.Printf("t=%3d %-4s %-40s [%s]\n", e.at, e.plate, msg, lot.Occupancy())
	}
	fmt.Printf("revenue=%d refused=%d still parked=%d\n", lot.revenue, lot.refused, len(lot.tickets))
	for _, m := range []int{10, 31, 60, 61, 180, 600} {
		fmt.Printf("fee(%3d min): moto=%2d compact=%2d large=%2d\n", m, fee(m, Moto), fee(m, Compact), fee(m, Large))
	}
}
