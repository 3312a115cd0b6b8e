package main

import (
	"fmt"
	"strings"
)

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

func (l Light) String() string {
	return [...]string{"RED", "GREEN", "YELLOW"}[l]
}

type Event string

const (
	Tick      Event = "tick"
	Emergency Event = "emergency"
	Reset     Event = "reset"
)

type Intersection struct {
	NS, EW    Light
	remaining int
	emergency bool
}

var durations = map[Light]int{Red: 0, Green: 3, Yellow: 1}

func NewIntersection() *Intersection {
	return &Intersection{NS: Green, EW: Red, remaining: durations[Green]}
}

func next(l Light) Light {
	switch l {
	case Green:
		return Yellow
	case Yellow:
		return Red
	default:
		return Green
	}
}

func (in *Intersection) Handle(ev Event) {
	switch ev {
	case Emergency:
		in.NS, in.EW = Red, Red
		in.emergency = true
		in.remaining = 2
	case Reset:
		*in = *NewIntersection()
	case Tick:
		in.remaining--
		if in.remaining > 0 {
			return
		}
		if in.emergency {
			in.emergency = false
			in.NS = Green
			in.remaining = durations[Green]
			return
		}
		if in.NS != Red {
			in.NS = next(in.NS)
			if in.NS == Red {
				in.EW = Green
				in.remaining = durations[Green]
			} else {
				in.remaining = durations[in.NS]
			}
		} else {
			in.EW = next(in.EW)
			if in.EW == Red {
				in.NS = Green
				in.remaining = durations[Green]
			} else {
				in.remaining = durations[in.EW]
			}
		}
	}
}

func (in Intersection) String() string {
	flag := ""
	if in.emergency {
		flag = " !EMERG"
	}
	return fmt.Sprintf("NS=%-6v EW=%-6v rem=%d%s", in.NS, in.EW, in.remaining, flag)
}

func main() {
	in := NewIntersection()
	script := strings.Fields("tick tick tick tick tick tick tick tick emergency tick tick tick tick reset tick")
	counts := map[Light]int{}
	for i, s := range script {
		in.Handle(Event(s))
		counts[in.NS]++
		fmt.Printf("%2d %-9s %v\n", i, s, in)
		if in.NS == Green && in.EW == Green {
			fmt.Println("CONFLICT!")
		}
	}
	fmt.Println(counts)
	copyIn := *in
	copyIn.Handle(Tick)
	fmt.Printf("orig: %v\ncopy: %v\n", *in, copyIn)
	fmt.Printf("%+v\n", copyIn)
}
