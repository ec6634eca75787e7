// The 837 renderer adapter: the X12 library's render837 behind the batching port.
import { render837, type Render837Input, type Render837Output } from '../x12';
import { Claim837Renderer } from './claim-837-renderer.port';

export class X12Claim837Renderer extends Claim837Renderer {
  render(input: Render837Input): Render837Output {
    return render837(input);
  }
}
