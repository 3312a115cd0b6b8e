package main

import (
	"fmt"
	"math"
)

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3      { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(s float64) Vec3 { return Vec3{a.X * s, a.Y * s, a.Z * s} }
func (a Vec3) Dot(b Vec3) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Cross(b Vec3) Vec3 {
	return Vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}
func (a Vec3) Norm() float64 { return math.Sqrt(a.Dot(a)) }
func (a Vec3) Unit() Vec3    { return a.Scale(1 / a.Norm()) }
func (a Vec3) String() string {
	return fmt.Sprintf("(%.4g, %.4g, %.4g)", a.X, a.Y, a.Z)
}

const (
	GM  = 3.986004418e14 // Earth's gravitational parameter, m^3/s^2
	RE  = 6.371e6        // Earth radius, m
	g0  = 9.80665
	rho = 1.225
)

type Body struct {
	Pos, Vel Vec3
}

func gravity(p Vec3) Vec3 {
	r := p.Norm()
	return p.Scale(-GM / (r * r * r))
}

// VelocityVerlet advances the body by dt under acceleration field acc.
func (b *Body) VelocityVerlet(acc func(Vec3) Vec3, dt float64) {
	a0 := acc(b.Pos)
	b.Pos = b.Pos.Add(b.Vel.Scale(dt)).Add(a0.Scale(0.5 * dt * dt))
	a1 := acc(b.Pos)
	b.Vel = b.Vel.Add(a0.Add(a1).Scale(0.5 * dt))
}

func (b Body) Energy() float64 {
	return 0.5*b.Vel.Dot(b.Vel) - GM/b.Pos.Norm()
}

func (b Body) AngularMomentum() Vec3 { return b.Pos.Cross(b.Vel) }

func main() {
	a, bv := Vec3{1, 2, 3}, Vec3{4, -5, 6}
	fmt.Println("a =", a, " b =", bv)
	fmt.Printf("a.b = %g, |a| = %.5f, a x b = %v\n", a.Dot(bv), a.Norm(), a.Cross(bv))
	cosT := a.Dot(bv) / (a.Norm() * bv.Norm())
	fmt.Printf("angle = %.3f deg, (a x b).a = %g\n\n", math.Acos(cosT)*180/math.Pi, a.Cross(bv).Dot(a))

	// Elliptical orbit: perigee 400 km altitude with 10% extra over circular speed
	r0 := RE + 400e3
	vCirc := math.Sqrt(GM / r0)
	sat := Body{Pos: Vec3{r0, 0, 0}, Vel: Vec3{0, vCirc * 1.1, 0}}
	e0, h0 := sat.Energy(), sat.AngularMomentum().Norm()
	sma := -GM / (2 * e0)
	period := 2 * math.Pi * math.Sqrt(sma*sma*sma/GM)
	fmt.Printf("circular speed %.1f m/s, launch speed %.1f m/s\n", vCirc, sat.Vel.Norm())
	fmt.Printf("semi-major axis %.1f km, period %.2f min\n", sma/1e3, period/60)

	dt := 5.0
	steps := int(period/dt) + 1
	minR, maxR := math.Inf(1), 0.0
	var apogeeT float64
	fmt.Printf("\n%8s %10s %10s %10s\n", "t(min)", "alt(km)", "speed", "dE/E")
	for i := 1; i <= steps; i++ {
		sat.VelocityVerlet(gravity, dt)
		r := sat.Pos.Norm()
		if r > maxR {
			maxR, apogeeT = r, float64(i)*dt
		}
		minR = math.Min(minR, r)
		if i%(steps/10) == 0 {
			fmt.Printf("%8.1f %10.1f %10.1f %+10.2e\n", float64(i)*dt/60, (r-RE)/1e3, sat.Vel.Norm(), (sat.Energy()-e0)/math.Abs(e0))
		}
	}
	fmt.Printf("\nperigee alt %.1f km, apogee alt %.1f km at t=%.1f min\n", (minR-RE)/1e3, (maxR-RE)/1e3, apogeeT/60)
	ecc := (maxR - minR) / (maxR + minR)
	fmt.Printf("eccentricity %.5f, angular momentum drift %.2e\n", ecc, math.Abs(sat.AngularMomentum().Norm()-h0)/h0)
	fmt.Printf("position after one period: %v (start %v)\n", sat.Pos.Scale(1e-3), Vec3{r0 / 1e3, 0, 0})

	// Projectile with quadratic drag near the surface
	fmt.Println("\nProjectile range vs launch angle (v0=80 m/s, with/without drag):")
	for _, deg := range []float64{15, 30, 40, 45, 50, 60} {
		th := deg * math.Pi / 180
		var ranges [2]float64
		for k, cd := range []float64{0, 0.0025} {
			p := Body{Vel: Vec3{80 * math.Cos(th), 0, 80 * math.Sin(th)}}
			acc := func(v Vec3) Vec3 {
				return Vec3{0, 0, -g0}.Sub(v.Scale(cd * v.Norm()))
			}
			for p.Pos.Z >= 0 {
				// drag depends on velocity, so use a semi-implicit Euler step
				p.Vel = p.Vel.Add(acc(p.Vel).Scale(0.001))
				p.Pos = p.Pos.Add(p.Vel.Scale(0.001))
			}
			ranges[k] = p.Pos.X
		}
		fmt.Printf("  %4.0f deg  vacuum %7.1f m  drag %7.1f m  (theory %.1f)\n", deg, ranges[0], ranges[1], 80*80*math.Sin(2*th)/g0)
	}
}
