package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Room struct {
	Name, Desc string
	Exits      map[string]string // direction -> room id
	Items      []string
	Dark       bool
	LockedBy   map[string]string // direction -> key item
}

type State int

const (
	Playing State = iota
	Won
)

func (s State) String() string { return [...]string{"playing", "won"}[s] }

type Game struct {
	rooms    map[string]*Room
	here     string
	inv      []string
	state    State
	moves    int
	commands map[string]func(g *Game, arg string) string
}

var aliases = map[string]string{"n": "go north", "s": "go south", "e": "go east", "w": "go west",
	"u": "go up", "d": "go down", "i": "inventory", "l": "look", "get": "take"}

func (g *Game) room() *Room          { return g.rooms[g.here] }
func (g *Game) has(item string) bool { return slices.Contains(g.inv, item) }
func (g *Game) canSee() bool         { return !g.room().Dark || g.has("lamp") }

func (g *Game) look(string) string {
	r := g.room()
	if !g.canSee() {
		return "It is pitch dark. You are likely to be eaten by a grue."
	}
	s := fmt.Sprintf("[%s] %s Exits: %s.", r.Name, r.Desc, strings.Join(slices.Sorted(maps.Keys(r.Exits)), ", "))
	if len(r.Items) > 0 {
		s += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return s
}

func (g *Game) move(dir string) string {
	dest, ok := g.room().Exits[dir]
	if !ok {
		return "You can't go " + dir + "."
	}
	if _, locked := g.room().LockedBy[dir]; locked {
		return "The door " + dir + " is locked."
	}
	g.here = dest
	return g.look("")
}

func (g *Game) take(item string) string {
	r := g.room()
	i := slices.Index(r.Items, item)
	switch {
	case !g.canSee():
		return "You fumble around in the dark."
	case i < 0:
		return "There is no " + item + " here."
	}
	r.Items = slices.Delete(r.Items, i, i+1)
	g.inv = append(g.inv, item)
	return "Taken: " + item + "."
}

func (g *Game) unlock(dir string) string {
	key, locked := g.room().LockedBy[dir]
	switch {
	case !locked:
		return "There is nothing to unlock."
	case !g.has(key):
		return "You need the " + key + "."
	}
	delete(g.room().LockedBy, dir)
	return "Click. The door " + dir + " swings open."
}

func NewGame() *Game {
	g := &Game{here: "hall", rooms: map[string]*Room{
		"hall":    {Name: "Hall", Desc: "A dusty entrance hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}, Items: []string{"lamp"}},
		"kitchen": {Name: "Kitchen", Desc: "Pots hang from hooks.", Exits: map[string]string{"west": "hall", "down": "cellar"}, Items: []string{"key", "bread"}},
		"cellar":  {Name: "Cellar", Desc: "Damp stone walls.", Exits: map[string]string{"up": "kitchen"}, Items: []string{"gem"}, Dark: true},
		"library": {Name: "Library", Desc: "Shelves of old books.", Exits: map[string]string{"south": "hall", "north": "vault"}, LockedBy: map[string]string{"north": "key"}},
		"vault":   {Name: "Vault", Desc: "An empty pedestal waits.", Exits: map[string]string{"south": "library"}},
	}}
	g.commands = map[string]func(*Game, string) string{
		"look": (*Game).look, "go": (*Game).move, "take": (*Game).take, "unlock": (*Game).unlock, // method expressions
		"inventory": func(g *Game, _ string) string {
			if len(g.inv) == 0 {
				return "You are empty-handed."
			}
			return "You carry: " + strings.Join(g.inv, ", ") + "."
		},
		"place": func(g *Game, item string) string {
			if g.here != "vault" || item != "gem" || !g.has("gem") {
				return "Nothing happens."
			}
			g.state = Won
			return "The gem blazes on the pedestal. You have won!"
		},
	}
	return g
}

func (g *Game) Do(line string) string {
	if full, ok := aliases[line]; ok {
		line = full
	}
	verb, arg, _ := strings.Cut(line, " ")
	if full, ok := aliases[verb]; ok {
		verb = full
	}
	cmd, ok := g.commands[verb]
	if !ok {
		return fmt.Sprintf("I don't know how to %q.", verb)
	}
	g.moves++
	return cmd(g, arg)
}

func main() {
	g := NewGame()
	inputs := []string{"look", "e", "d", "get gem", "u", "w", "take lamp", "e", "take key", "take sword", "d", "take gem",
		"u", "w", "n", "n", "unlock north", "n", "i", "xyzzy", "place gem", "look"}
script:
	for _, in := range inputs {
		fmt.Printf("> %s\n  %s\n", in, g.Do(in))
		switch g.state {
		case Won:
			break script
		}
	}
	fmt.Printf("state=%v moves=%d room=%s inventory=%v\n", g.state, g.moves, g.here, g.inv)
}
