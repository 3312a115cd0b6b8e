package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Room struct {
	Name, Desc string
	Exits      map[string]string
	Items      []string
	Lock       *Lock
}

type Lock struct {
	Dir, Key string
	Open     bool
}

type Player struct {
	At           string
	Inventory    []string
	Moves, Score int
}

type Game struct {
	Rooms  map[string]*Room
	P      Player
	Over   bool
	scored map[string]bool
}

type handler func(g *Game, arg string) string

var verbs map[string]handler

func init() {
	verbs = map[string]handler{
		"look": (*Game).look, "go": (*Game).move, "take": (*Game).take,
		"use": (*Game).use, "inv": (*Game).inventory,
	}
}

func (g *Game) room() *Room { return g.Rooms[g.P.At] }

func (g *Game) look(string) string {
	r := g.room()
	exits := slices.Sorted(maps.Keys(r.Exits))
	exitText := "none"
	if len(exits) > 0 {
		exitText = strings.Join(exits, ", ")
	}
	s := fmt.Sprintf("%s: %s Exits: %s.", r.Name, r.Desc, exitText)
	if len(r.Items) > 0 {
		s += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return s
}

func (g *Game) move(dir string) string {
	r := g.room()
	dest, ok := r.Exits[dir]
	if !ok {
		return "You can't go " + dir + "."
	}
	if r.Lock != nil && r.Lock.Dir == dir && !r.Lock.Open {
		return "The way " + dir + " is locked."
	}
	g.P.At = dest
	g.P.Moves++
	if dest == "vault" {
		g.Over = true
		g.award("vault", 50)
	}
	return g.look("")
}

func (g *Game) award(reason string, pts int) {
	if !g.scored[reason] {
		g.scored[reason] = true
		g.P.Score += pts
	}
}

func (g *Game) take(item string) string {
	r := g.room()
	i := slices.Index(r.Items, item)
	if i < 0 {
		return "No " + item + " here."
	}
	r.Items = slices.Delete(r.Items, i, i+1)
	g.P.Inventory = append(g.P.Inventory, item)
	g.award("take:"+item, 10)
	return "Taken: " + item + "."
}

func (g *Game) use(item string) string {
	if !slices.Contains(g.P.Inventory, item) {
		return "You don't have " + item + "."
	}
	if l := g.room().Lock; l != nil && l.Key == item && !l.Open {
		l.Open = true
		g.award("unlock", 25)
		return "The " + item + " turns. The way " + l.Dir + " opens."
	}
	return "Nothing happens."
}

func (g *Game) inventory(string) string {
	if len(g.P.Inventory) == 0 {
		return "You carry nothing."
	}
	return "You carry: " + strings.Join(g.P.Inventory, ", ") + "."
}

func (g *Game) Do(line string) string {
	fields := strings.Fields(strings.ToLower(line))
	if len(fields) == 0 {
		return "Say something."
	}
	h, ok := verbs[fields[0]]
	if !ok {
		return fmt.Sprintf("I don't know how to %q.", fields[0])
	}
	return h(g, strings.Join(fields[1:], " "))
}

func main() {
	g := &Game{scored: map[string]bool{}, P: Player{At: "hall"}, Rooms: map[string]*Room{
		"hall":    {Name: "Hall", Desc: "Dusty portraits line the walls.", Exits: map[string]string{"north": "library", "east": "kitchen"}},
		"library": {Name: "Library", Desc: "Shelves sag under old books.", Exits: map[string]string{"south": "hall"}, Items: []string{"candle", "brass key"}},
		"kitchen": {Name: "Kitchen", Desc: "A cold hearth; a heavy door to the east.", Exits: map[string]string{"west": "hall", "east": "vault"},
			Lock: &Lock{Dir: "east", Key: "brass key"}},
		"vault": {Name: "Vault", Desc: "Gold glitters everywhere!", Exits: map[string]string{}},
	}}
	script := []string{"look", "go west", "go east", "go east", "go west", "go north", "take brass key",
		"take sword", "inv", "dance", "go south", "go east", "use candle", "use brass key", "go east"}
	for _, cmd := range script {
		fmt.Printf("> %s\n%s\n", cmd, g.Do(cmd))
		if g.Over {
			break
		}
	}
	fmt.Printf("Game over: moves=%d score=%d %+v\n", g.P.Moves, g.P.Score, g.P)
}
