package main

import (
	"fmt"
	"strings"
)

// ---- receivers ----

type Light struct {
	Room       string
	On         bool
	Brightness int
}

type Thermostat struct{ Celsius float64 }

type Speaker struct {
	Volume   int
	Playlist string
}

// ---- commands ----

type Command interface {
	Execute()
	Undo()
	Name() string
}

type LightOn struct {
	L    *Light
	prev Light
}

func (c *LightOn) Execute()     { c.prev = *c.L; c.L.On = true; c.L.Brightness = 100 }
func (c *LightOn) Undo()        { *c.L = c.prev }
func (c *LightOn) Name() string { return c.L.Room + " light on" }

type Dim struct {
	L     *Light
	Level int
	prev  Light
}

func (c *Dim) Execute()     { c.prev = *c.L; c.L.On = c.Level > 0; c.L.Brightness = c.Level }
func (c *Dim) Undo()        { *c.L = c.prev }
func (c *Dim) Name() string { return fmt.Sprintf("%s dim %d%%", c.L.Room, c.Level) }

type SetTemp struct {
	T    *Thermostat
	To   float64
	prev float64
}

func (c *SetTemp) Execute()     { c.prev = c.T.Celsius; c.T.Celsius = c.To }
func (c *SetTemp) Undo()        { c.T.Celsius = c.prev }
func (c *SetTemp) Name() string { return fmt.Sprintf("thermostat %.1f°C", c.To) }

type Play struct {
	S        *Speaker
	Playlist string
	Volume   int
	prev     Speaker
}

func (c *Play) Execute()     { c.prev = *c.S; c.S.Playlist, c.S.Volume = c.Playlist, c.Volume }
func (c *Play) Undo()        { *c.S = c.prev }
func (c *Play) Name() string { return "play " + c.Playlist }

type Macro struct {
	Label string
	Steps []Command
}

func (m *Macro) Execute() {
	for _, c := range m.Steps {
		c.Execute()
	}
}
func (m *Macro) Undo() {
	for i := len(m.Steps) - 1; i >= 0; i-- {
		m.Steps[i].Undo()
	}
}
func (m *Macro) Name() string { return "macro " + m.Label }

type NoOp struct{}

func (NoOp) Execute()     {}
func (NoOp) Undo()        {}
func (NoOp) Name() string { return "(empty slot)" }

// ---- invoker ----

type Remote struct {
	slots   [6]Command
	history []Command
}

func NewRemote() *Remote {
	r := &Remote{}
	for i := range r.slots {
		r.slots[i] = NoOp{}
	}
	return r
}

func (r *Remote) Program(slot int, c Command) { r.slots[slot] = c }

func (r *Remote) Press(slot int) {
	c := r.slots[slot]
	c.Execute()
	if _, empty := c.(NoOp); !empty {
		r.history = append(r.history, c)
	}
	fmt.Printf("press %d: %-22s", slot, c.Name())
}

func (r *Remote) UndoLast() {
	if len(r.history) == 0 {
		fmt.Printf("undo:    %-22s", "(nothing)")
		return
	}
	c := r.history[len(r.history)-1]
	r.history = r.history[:len(r.history)-1]
	c.Undo()
	fmt.Printf("undo:    %-22s", c.Name())
}

func main() {
	living := &Light{Room: "living"}
	kitchen := &Light{Room: "kitchen"}
	thermo := &Thermostat{Celsius: 19}
	spk := &Speaker{}

	status := func() {
		lamp := func(l *Light) string {
			if !l.On {
				return "off"
			}
			return fmt.Sprintf("%d%%", l.Brightness)
		}
		fmt.Printf(" | living=%-4s kitchen=%-4s temp=%4.1f music=%q@%d\n",
			lamp(living), lamp(kitchen), thermo.Celsius, spk.Playlist, spk.Volume)
	}

	r := NewRemote()
	r.Program(0, &LightOn{L: living})
	r.Program(1, &LightOn{L: kitchen})
	r.Program(2, &SetTemp{T: thermo, To: 21.5})
	r.Program(3, &Macro{Label: "movie night", Steps: []Command{
		&Dim{L: living, Level: 20},
		&Dim{L: kitchen, Level: 0},
		&SetTemp{T: thermo, To: 22},
		&Play{S: spk, Playlist: "soundtracks", Volume: 35},
	}})
	r.Program(4, &Macro{Label: "party", Steps: []Command{
		&LightOn{L: living},
		&LightOn{L: kitchen},
		&Play{S: spk, Playlist: "dance", Volume: 80},
	}})

	fmt.Print("initial:                          ")
	status()
	for _, slot := range []int{0, 1, 2, 5, 3} {
		r.Press(slot)
		status()
	}
	r.UndoLast()
	status()
	r.Press(4)
	status()
	for i := 0; i < 5; i++ {
		r.UndoLast()
		status()
	}

	names := make([]string, len(r.slots))
	for i, c := range r.slots {
		names[i] = fmt.Sprintf("%d=%s", i, c.Name())
	}
	fmt.Println("\nslots:", strings.Join(names, ", "))
}
