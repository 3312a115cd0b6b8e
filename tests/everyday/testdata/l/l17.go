package main

import (
	"container/list"
	"fmt"
	"strings"
)

// Playlist is a doubly linked list of tracks with a cursor, like a media player.
type Track struct {
	Title  string
	Artist string
	Secs   int
}

type Playlist struct {
	tracks  *list.List
	current *list.Element
	repeat  bool
}

func NewPlaylist(repeat bool, ts ...Track) *Playlist {
	p := &Playlist{tracks: list.New(), repeat: repeat}
	for _, t := range ts {
		p.tracks.PushBack(t)
	}
	p.current = p.tracks.Front()
	return p
}

func (p *Playlist) Now() string {
	if p.current == nil {
		return "<stopped>"
	}
	t := p.current.Value.(Track)
	return fmt.Sprintf("%s - %s (%d:%02d)", t.Artist, t.Title, t.Secs/60, t.Secs%60)
}

func (p *Playlist) Next() {
	if p.current == nil {
		return
	}
	p.current = p.current.Next()
	if p.current == nil && p.repeat {
		p.current = p.tracks.Front()
	}
}

func (p *Playlist) Prev() {
	if p.current == nil {
		p.current = p.tracks.Back()
		return
	}
	if prev := p.current.Prev(); prev != nil {
		p.current = prev
	}
}

// PlayNext inserts a track right after the current one.
func (p *Playlist) PlayNext(t Track) {
	if p.current == nil {
		p.current = p.tracks.PushBack(t)
		return
	}
	p.tracks.InsertAfter(t, p.current)
}

// RemoveArtist drops every track by an artist, moving the cursor if needed.
func (p *Playlist) RemoveArtist(artist string) int {
	n := 0
	for e := p.tracks.Front(); e != nil; {
		next := e.Next()
		if e.Value.(Track).Artist == artist {
			if e == p.current {
				p.current = next
			}
			p.tracks.Remove(e)
			n++
		}
		e = next
	}
	return n
}

func (p *Playlist) BumpToFront(title string) bool {
	for e := p.tracks.Front(); e != nil; e = e.Next() {
		if e.Value.(Track).Title == title {
			p.tracks.MoveToFront(e)
			return true
		}
	}
	return false
}

func (p *Playlist) String() string {
	var parts []string
	total := 0
	for e := p.tracks.Front(); e != nil; e = e.Next() {
		t := e.Value.(Track)
		mark := " "
		if e == p.current {
			mark = ">"
		}
		parts = append(parts, mark+t.Title)
		total += t.Secs
	}
	return fmt.Sprintf("[%s] total=%dm%02ds", strings.Join(parts, " |"), total/60, total%60)
}

func main() {
	p := NewPlaylist(true,
		Track{"Blue Train", "Coltrane", 643},
		Track{"So What", "Davis", 562},
		Track{"Naima", "Coltrane", 261},
		Track{"Take Five", "Brubeck", 324},
	)
	fmt.Println(p)
	actions := []struct {
		name string
		fn   func()
	}{
		{"next", p.Next},
		{"play-next Freddie", func() { p.PlayNext(Track{"Freddie Freeloader", "Davis", 589}) }},
		{"next", p.Next},
		{"next", p.Next},
		{"remove Coltrane", func() { fmt.Println("   removed:", p.RemoveArtist("Coltrane")) }},
		{"next", p.Next},
		{"next (wraps)", p.Next},
		{"prev", p.Prev},
		{"bump Take Five", func() { p.BumpToFront("Take Five") }},
	}
	for _, a := range actions {
		a.fn()
		fmt.Printf("%-18s now: %s\n   %v\n", a.name, p.Now(), p)
	}
}
