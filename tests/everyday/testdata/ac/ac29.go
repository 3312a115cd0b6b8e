// Text adventure: rooms, items, locked doors and a scripted command list driving a parser.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Dir string

type Room struct {
	Name   string
	Desc   string
	Exits  map[Dir]string
	Items  []string
	Locked map[Dir]string // direction -> key item needed
	Dark   bool
}

type Player struct {
	Room  string
	Bag   map[string]bool
	Moves int
	Score int
}

type Game struct {
	rooms    map[string]*Room
	player   Player
	handlers map[string]func(g *Game, arg string) (string, error)
	over     bool
}

var ErrCantGo = errors.New("you can't go that way")

func (g *Game) here() *Room { return g.rooms[g.player.Room] }

func (g *Game) canSee() bool { return !g.here().Dark || g.player.Bag["lamp"] }

func (g *Game) look() string {
	r := g.here()
	if !g.canSee() {
		return "It is pitch dark. You might be eaten by something."
	}
	exits := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		exits = append(exits, string(d))
	}
	sort.Strings(exits)
	s := fmt.Sprintf("%s: %s Exits: %s.", r.Name, r.Desc, strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		s += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return s
}

func remove(list []string, x string) ([]string, bool) {
	for i, v := range list {
		if v == x {
			return append(list[:i], list[i+1:]...), true
		}
	}
	return list, false
}

func NewGame() *Game {
	g := &Game{
		rooms: map[string]*Room{
			"hall":    {Name: "Hall", Desc: "A dusty entrance hall.", Exits: map[Dir]string{"north": "library", "east": "kitchen", "down": "cellar"}, Locked: map[Dir]string{"down": "key"}},
			"library": {Name: "Library", Desc: "Shelves of mouldy books.", Exits: map[Dir]string{"south": "hall"}, Items: []string{"book", "lamp"}},
			"kitchen": {Name: "Kitchen", Desc: "A cold stove and a table.", Exits: map[Dir]string{"west": "hall"}, Items: []string{"key", "bread"}},
			"cellar":  {Name: "Cellar", Desc: "Damp stone walls.", Exits: map[Dir]string{"up": "hall"}, Items: []string{"treasure"}, Dark: true},
		},
		player: Player{Room: "hall", Bag: map[string]bool{}},
	}
	g.handlers = map[string]func(*Game, string) (string, error){
		"look": func(g *Game, _ string) (string, error) { return g.look(), nil },
		"go": func(g *Game, arg string) (string, error) {
			r := g.here()
			dest, ok := r.Exits[Dir(arg)]
			if !ok {
				return "", ErrCantGo
			}
			if key, locked := r.Locked[Dir(arg)]; locked {
				if !g.player.Bag[key] {
					return "", fmt.Errorf("the way %s is locked (need %s)", arg, key)
				}
				delete(r.Locked, Dir(arg))
				g.player.Score += 10
			}
			g.player.Room = dest
			return g.look(), nil
		},
		"take": func(g *Game, arg string) (string, error) {
			if !g.canSee() {
				return "", errors.New("you fumble around in the dark")
			}
			var ok bool
			g.here().Items, ok = remove(g.here().Items, arg)
			if !ok {
				return "", fmt.Errorf("no %s here", arg)
			}
			g.player.Bag[arg] = true
			if arg == "treasure" {
				g.player.Score += 50
			}
			return "Taken: " + arg, nil
		},
		"drop": func(g *Game, arg string) (string, error) {
			if !g.player.Bag[arg] {
				return "", fmt.Errorf("you don't have %s", arg)
			}
			delete(g.player.Bag, arg)
			g.here().Items = append(g.here().Items, arg)
			return "Dropped: " + arg, nil
		},
		"inventory": func(g *Game, _ string) (string, error) {
			var items []string
			for k := range g.player.Bag {
				items = append(items, k)
			}
			sort.Strings(items)
			return fmt.Sprintf("You carry: [%s]", strings.Join(items, " ")), nil
		},
		"quit": func(g *Game, _ string) (string, error) { g.over = true; return "Bye.", nil },
	}
	aliases := map[string]string{"n": "go north", "s": "go south", "e": "go east", "w": "go west", "u": "go up", "d": "go down", "i": "inventory", "l": "look", "get": "take"}
	for k, v := range aliases {
		g.handlers[k] = func(g *Game, arg string) (string, error) {
			f := strings.Fields(v)
			if len(f) == 2 {
				return g.handlers[f[0]](g, f[1])
			}
			return g.handlers[f[0]](g, arg)
		}
	}
	return g
}

func (g *Game) Do(line string) string {
	f := strings.Fields(strings.ToLower(line))
	if len(f) == 0 {
		return "Say something."
	}
	h, ok := g.handlers[f[0]]
	if !ok {
		return fmt.Sprintf("I don't know how to %q.", f[0])
	}
	g.player.Moves++
	out, err := h(g, strings.Join(f[1:], " "))
	if err != nil {
		return "Error: " + err.Error()
	}
	return out
}

func main() {
	g := NewGame()
	script := []string{"look", "d", "n", "take lamp", "get book", "take sword", "s", "e",
		"take key", "i", "w", "go down", "take treasure", "w", "dance", "drop book", "look",
		"u", "drop bread", "inventory", "", "quit", "look"}
	for _, cmd := range script {
		if g.over {
			fmt.Printf("> %s\n(game over, ignored)\n", cmd)
			continue
		}
		fmt.Printf("> %s\n%s\n", cmd, g.Do(cmd))
	}
	fmt.Printf("moves=%d score=%d room=%s\n", g.player.Moves, g.player.Score, g.player.Room)
}
