// q29: buffered-channel semaphore bounding concurrent thumbnail jobs, with weighted permits.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Semaphore is a counting semaphore backed by a buffered channel.
type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }
func (s Semaphore) Acquire()       { s <- struct{}{} }
func (s Semaphore) Release()       { <-s }
func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

type Image struct {
	Name   string
	Width  int
	Height int
}

type Thumb struct {
	Name   string
	W, H   int
	Pixels int
}

type gauge struct {
	cur, peak atomic.Int32
}

func (g *gauge) inc() {
	n := g.cur.Add(1)
	for p := g.peak.Load(); n > p && !g.peak.CompareAndSwap(p, n); p = g.peak.Load() {
	}
}
func (g *gauge) dec() { g.cur.Add(-1) }

func resize(img Image, maxSide int) Thumb {
	scale := float64(maxSide) / float64(max(img.Width, img.Height))
	scale = min(scale, 1)
	w, h := int(float64(img.Width)*scale), int(float64(img.Height)*scale)
	return Thumb{img.Name, w, h, w * h}
}

func main() {
	const limit = 3
	sem := NewSemaphore(limit)
	var g gauge
	images := make([]Image, 12)
	for i := range images {
		images[i] = Image{fmt.Sprintf("img_%02d.jpg", i), 800 + 150*i, 600 + 97*(11-i)}
	}
	thumbs := make([]Thumb, len(images))
	var wg sync.WaitGroup
	for i, img := range images {
		sem.Acquire() // blocks the launcher: at most `limit` goroutines alive
		wg.Go(func() {
			defer sem.Release()
			g.inc()
			defer g.dec()
			time.Sleep(2 * time.Millisecond) // simulate work so goroutines overlap
			thumbs[i] = resize(img, 256)
		})
	}
	wg.Wait()
	for _, t := range thumbs {
		fmt.Printf("%s -> %3dx%-3d (%d px)\n", t.Name, t.W, t.H, t.Pixels)
	}
	fmt.Println("peak concurrency <= limit:", g.peak.Load() <= limit)
	fmt.Println("permits held after wait:", len(sem))

	// TryAcquire: non-blocking admission control, filled deterministically.
	admit := NewSemaphore(2)
	var admitted, rejected []int
	for req := range 5 {
		if admit.TryAcquire() {
			admitted = append(admitted, req)
		} else {
			rejected = append(rejected, req)
		}
		if req == 3 {
			admit.Release() // one request finishes
		}
	}
	fmt.Println("admitted:", admitted, "rejected:", rejected)

	largest := slices.MaxFunc(thumbs, func(a, b Thumb) int { return a.Pixels - b.Pixels })
	fmt.Println("largest thumbnail:", largest.Name, largest.Pixels)
}
