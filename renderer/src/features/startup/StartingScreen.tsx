import { AuthScreen } from '../../components/AuthScreen'
import { LoadingIndicator } from '../../components/LoadingIndicator'

export function StartingScreen() {
  return (
    <AuthScreen brandIsHeading>
      <LoadingIndicator text="正在打开…" />
    </AuthScreen>
  )
}
